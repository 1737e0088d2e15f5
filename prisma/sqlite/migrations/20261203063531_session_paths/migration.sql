-- CreateTable
CREATE TABLE "SessionPath" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "siteId" TEXT NOT NULL,
    "visitorId" TEXT,
    "startedAt" DATETIME NOT NULL,
    "firstAt" DATETIME,
    "lastAt" DATETIME,
    "entryPath" TEXT,
    "exitPath" TEXT,
    "pageCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "items" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SessionPath_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "pathsStale" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Session_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Visitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("bounce", "browser", "channel", "clientId", "device", "durationMs", "entryPath", "eventCount", "exitPath", "id", "identity", "language", "lastSeenAt", "os", "pageviews", "referrer", "referrerDomain", "screen", "siteId", "startedAt", "unverifiedEvents", "userId", "utmCampaign", "utmContent", "utmMedium", "utmSource", "utmTerm", "visitorId") SELECT "bounce", "browser", "channel", "clientId", "device", "durationMs", "entryPath", "eventCount", "exitPath", "id", "identity", "language", "lastSeenAt", "os", "pageviews", "referrer", "referrerDomain", "screen", "siteId", "startedAt", "unverifiedEvents", "userId", "utmCampaign", "utmContent", "utmMedium", "utmSource", "utmTerm", "visitorId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_siteId_pathsStale_idx" ON "Session"("siteId", "pathsStale");
CREATE INDEX "Session_siteId_startedAt_idx" ON "Session"("siteId", "startedAt");
CREATE INDEX "Session_visitorId_startedAt_idx" ON "Session"("visitorId", "startedAt");
CREATE INDEX "Session_userId_startedAt_idx" ON "Session"("userId", "startedAt");
CREATE UNIQUE INDEX "Session_siteId_clientId_key" ON "Session"("siteId", "clientId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SessionPath_siteId_startedAt_idx" ON "SessionPath"("siteId", "startedAt");

-- CreateIndex
CREATE INDEX "SessionPath_siteId_lastAt_idx" ON "SessionPath"("siteId", "lastAt");
