-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "trustBrowserIdentity" BOOLEAN NOT NULL DEFAULT false,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC'
);
INSERT INTO "new_Site" ("captureMouse", "captureText", "createdAt", "domains", "id", "key", "name", "requireConsent", "respectDnt", "secretHash", "secretHint", "secretSealed", "trustBrowserIdentity", "trustBrowserLearningEvents", "updatedAt") SELECT "captureMouse", "captureText", "createdAt", "domains", "id", "key", "name", "requireConsent", "respectDnt", "secretHash", "secretHint", "secretSealed", "trustBrowserIdentity", "trustBrowserLearningEvents", "updatedAt" FROM "Site";
DROP TABLE "Site";
ALTER TABLE "new_Site" RENAME TO "Site";
CREATE UNIQUE INDEX "Site_key_key" ON "Site"("key");
CREATE UNIQUE INDEX "Site_secretHash_key" ON "Site"("secretHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
