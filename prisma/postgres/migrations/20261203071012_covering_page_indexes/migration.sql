-- DropIndex
DROP INDEX "Event_siteId_type_timestamp_idx";

-- DropIndex
DROP INDEX "Session_siteId_startedAt_idx";

-- CreateIndex
CREATE INDEX "Event_siteId_type_timestamp_path_visitorId_idx" ON "Event"("siteId", "type", "timestamp", "path", "visitorId");

-- CreateIndex
CREATE INDEX "Session_siteId_startedAt_visitorId_idx" ON "Session"("siteId", "startedAt", "visitorId");
