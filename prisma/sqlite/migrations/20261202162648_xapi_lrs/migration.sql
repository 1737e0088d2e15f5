-- CreateTable
CREATE TABLE "XapiCredential" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "siteId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretHint" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "homePage" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    CONSTRAINT "XapiCredential_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "XapiStatement" (
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
    "timestamp" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "XapiStatementLink" (
    "statementPk" INTEGER NOT NULL,
    "siteId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "direct" BOOLEAN NOT NULL,

    PRIMARY KEY ("statementPk", "kind", "value"),
    CONSTRAINT "XapiStatementLink_statementPk_fkey" FOREIGN KEY ("statementPk") REFERENCES "XapiStatement" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "XapiAttachment" (
    "siteId" TEXT NOT NULL,
    "sha2" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "content" BLOB NOT NULL,

    PRIMARY KEY ("siteId", "sha2")
);

-- CreateTable
CREATE TABLE "XapiDocument" (
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "XapiCredential_key_key" ON "XapiCredential"("key");

-- CreateIndex
CREATE UNIQUE INDEX "XapiCredential_secretHash_key" ON "XapiCredential"("secretHash");

-- CreateIndex
CREATE INDEX "XapiCredential_siteId_idx" ON "XapiCredential"("siteId");

-- CreateIndex
CREATE INDEX "XapiStatement_siteId_voided_pk_idx" ON "XapiStatement"("siteId", "voided", "pk");

-- CreateIndex
CREATE INDEX "XapiStatement_siteId_verb_pk_idx" ON "XapiStatement"("siteId", "verb", "pk");

-- CreateIndex
CREATE INDEX "XapiStatement_siteId_registration_pk_idx" ON "XapiStatement"("siteId", "registration", "pk");

-- CreateIndex
CREATE INDEX "XapiStatement_siteId_refId_idx" ON "XapiStatement"("siteId", "refId");

-- CreateIndex
CREATE UNIQUE INDEX "XapiStatement_siteId_statementId_key" ON "XapiStatement"("siteId", "statementId");

-- CreateIndex
CREATE INDEX "XapiStatementLink_siteId_kind_value_statementPk_idx" ON "XapiStatementLink"("siteId", "kind", "value", "statementPk");

-- CreateIndex
CREATE INDEX "XapiDocument_siteId_kind_activityId_agent_updatedAt_idx" ON "XapiDocument"("siteId", "kind", "activityId", "agent", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "XapiDocument_siteId_kind_activityId_agent_registration_documentId_key" ON "XapiDocument"("siteId", "kind", "activityId", "agent", "registration", "documentId");
