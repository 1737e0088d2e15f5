-- Rows of sites deleted before these keys existed belong to nobody: remove them first.
DELETE FROM "XapiStatementLink" WHERE "statementPk" IN (SELECT "pk" FROM "XapiStatement" WHERE "siteId" NOT IN (SELECT "id" FROM "Site"));
DELETE FROM "XapiStatement" WHERE "siteId" NOT IN (SELECT "id" FROM "Site");
DELETE FROM "XapiAttachment" WHERE "siteId" NOT IN (SELECT "id" FROM "Site");
DELETE FROM "XapiDocument" WHERE "siteId" NOT IN (SELECT "id" FROM "Site");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_XapiAttachment" (
    "siteId" TEXT NOT NULL,
    "sha2" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "content" BLOB NOT NULL,

    PRIMARY KEY ("siteId", "sha2"),
    CONSTRAINT "XapiAttachment_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_XapiAttachment" ("content", "contentType", "sha2", "siteId") SELECT "content", "contentType", "sha2", "siteId" FROM "XapiAttachment";
DROP TABLE "XapiAttachment";
ALTER TABLE "new_XapiAttachment" RENAME TO "XapiAttachment";
CREATE TABLE "new_XapiDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "siteId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "activityId" TEXT NOT NULL DEFAULT '',
    "agent" TEXT NOT NULL DEFAULT '',
    "registration" TEXT NOT NULL DEFAULT '',
    "documentId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "etag" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "XapiDocument_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_XapiDocument" ("activityId", "agent", "content", "contentType", "documentId", "etag", "id", "kind", "registration", "siteId", "updatedAt") SELECT "activityId", "agent", "content", "contentType", "documentId", "etag", "id", "kind", "registration", "siteId", "updatedAt" FROM "XapiDocument";
DROP TABLE "XapiDocument";
ALTER TABLE "new_XapiDocument" RENAME TO "XapiDocument";
CREATE INDEX "XapiDocument_siteId_kind_activityId_agent_updatedAt_idx" ON "XapiDocument"("siteId", "kind", "activityId", "agent", "updatedAt");
CREATE UNIQUE INDEX "XapiDocument_siteId_kind_activityId_agent_registration_documentId_key" ON "XapiDocument"("siteId", "kind", "activityId", "agent", "registration", "documentId");
CREATE TABLE "new_XapiStatement" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "siteId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    "receivedHash" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "activity" TEXT,
    "registration" TEXT,
    "refId" TEXT,
    "voided" BOOLEAN NOT NULL DEFAULT false,
    "hasAttachments" BOOLEAN NOT NULL DEFAULT false,
    "stored" DATETIME NOT NULL,
    "timestamp" DATETIME NOT NULL,
    CONSTRAINT "XapiStatement_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_XapiStatement" ("activity", "actor", "hasAttachments", "json", "pk", "receivedHash", "refId", "registration", "siteId", "statementId", "stored", "timestamp", "verb", "voided") SELECT "activity", "actor", "hasAttachments", "json", "pk", "receivedHash", "refId", "registration", "siteId", "statementId", "stored", "timestamp", "verb", "voided" FROM "XapiStatement";
DROP TABLE "XapiStatement";
ALTER TABLE "new_XapiStatement" RENAME TO "XapiStatement";
CREATE INDEX "XapiStatement_siteId_voided_pk_idx" ON "XapiStatement"("siteId", "voided", "pk");
CREATE INDEX "XapiStatement_siteId_verb_pk_idx" ON "XapiStatement"("siteId", "verb", "pk");
CREATE INDEX "XapiStatement_siteId_registration_pk_idx" ON "XapiStatement"("siteId", "registration", "pk");
CREATE INDEX "XapiStatement_siteId_refId_idx" ON "XapiStatement"("siteId", "refId");
CREATE UNIQUE INDEX "XapiStatement_siteId_statementId_key" ON "XapiStatement"("siteId", "statementId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
