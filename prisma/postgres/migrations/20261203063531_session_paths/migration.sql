-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "pathsStale" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "SessionPath" (
    "sessionId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "visitorId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "firstAt" TIMESTAMP(3),
    "lastAt" TIMESTAMP(3),
    "entryPath" TEXT,
    "exitPath" TEXT,
    "pageCount" INTEGER NOT NULL DEFAULT 0,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "items" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionPath_pkey" PRIMARY KEY ("sessionId")
);

-- CreateIndex
CREATE INDEX "SessionPath_siteId_startedAt_idx" ON "SessionPath"("siteId", "startedAt");

-- CreateIndex
CREATE INDEX "SessionPath_siteId_lastAt_idx" ON "SessionPath"("siteId", "lastAt");

-- CreateIndex
CREATE INDEX "Session_siteId_pathsStale_idx" ON "Session"("siteId", "pathsStale");

-- AddForeignKey
ALTER TABLE "SessionPath" ADD CONSTRAINT "SessionPath_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
