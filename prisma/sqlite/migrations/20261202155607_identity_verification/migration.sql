-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "siteId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "visitorId" TEXT NOT NULL,
    "userId" TEXT,
    "startedAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "entryPath" TEXT,
    "exitPath" TEXT,
    "referrer" TEXT,
    "referrerDomain" TEXT,
    "channel" TEXT NOT NULL DEFAULT 'Direct',
    "utmSource" TEXT,
    "utmMedium" TEXT,
    "utmCampaign" TEXT,
    "utmTerm" TEXT,
    "utmContent" TEXT,
    "device" TEXT,
    "browser" TEXT,
    "os" TEXT,
    "language" TEXT,
    "screen" TEXT,
    "pageviews" INTEGER NOT NULL DEFAULT 0,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "bounce" BOOLEAN NOT NULL DEFAULT true,
    "identity" TEXT,
    "unverifiedEvents" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Session_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Visitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("bounce", "browser", "channel", "clientId", "device", "durationMs", "entryPath", "eventCount", "exitPath", "id", "language", "lastSeenAt", "os", "pageviews", "referrer", "referrerDomain", "screen", "siteId", "startedAt", "userId", "utmCampaign", "utmContent", "utmMedium", "utmSource", "utmTerm", "visitorId") SELECT "bounce", "browser", "channel", "clientId", "device", "durationMs", "entryPath", "eventCount", "exitPath", "id", "language", "lastSeenAt", "os", "pageviews", "referrer", "referrerDomain", "screen", "siteId", "startedAt", "userId", "utmCampaign", "utmContent", "utmMedium", "utmSource", "utmTerm", "visitorId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_siteId_startedAt_idx" ON "Session"("siteId", "startedAt");
CREATE INDEX "Session_visitorId_startedAt_idx" ON "Session"("visitorId", "startedAt");
CREATE INDEX "Session_userId_startedAt_idx" ON "Session"("userId", "startedAt");
CREATE UNIQUE INDEX "Session_siteId_clientId_key" ON "Session"("siteId", "clientId");
CREATE TABLE "new_Site" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domains" JSONB NOT NULL,
    "secretHash" TEXT,
    "secretHint" TEXT,
    "respectDnt" BOOLEAN NOT NULL DEFAULT true,
    "captureText" BOOLEAN NOT NULL DEFAULT true,
    "captureMouse" BOOLEAN NOT NULL DEFAULT true,
    "requireConsent" BOOLEAN NOT NULL DEFAULT false,
    "trustBrowserLearningEvents" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "secretSealed" TEXT,
    "trustBrowserIdentity" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Site" ("captureMouse", "captureText", "createdAt", "domains", "id", "key", "name", "requireConsent", "respectDnt", "secretHash", "secretHint", "trustBrowserLearningEvents", "updatedAt") SELECT "captureMouse", "captureText", "createdAt", "domains", "id", "key", "name", "requireConsent", "respectDnt", "secretHash", "secretHint", "trustBrowserLearningEvents", "updatedAt" FROM "Site";
DROP TABLE "Site";
ALTER TABLE "new_Site" RENAME TO "Site";
CREATE UNIQUE INDEX "Site_key_key" ON "Site"("key");
CREATE UNIQUE INDEX "Site_secretHash_key" ON "Site"("secretHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Sessions linked before identity was verified came from the browser uid or a server batch; they
-- keep counting, as "trusted" (the browser kind), so existing risk scores do not drop to nothing.
UPDATE "Session" SET "identity" = 'trusted' WHERE "userId" IS NOT NULL;
