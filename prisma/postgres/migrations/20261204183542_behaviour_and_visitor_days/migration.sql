-- CreateTable
CREATE TABLE "DailyPageBehaviour" (
    "siteId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "path" TEXT NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "scroll25" INTEGER NOT NULL DEFAULT 0,
    "scroll50" INTEGER NOT NULL DEFAULT 0,
    "scroll75" INTEGER NOT NULL DEFAULT 0,
    "scroll100" INTEGER NOT NULL DEFAULT 0,
    "mouseSamples" INTEGER NOT NULL DEFAULT 0,
    "mouseIntensity" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "mouseIntensityCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyPageBehaviour_pkey" PRIMARY KEY ("siteId","day","path")
);

-- CreateTable
CREATE TABLE "DailyClickCell" (
    "id" SERIAL NOT NULL,
    "siteId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "cx" INTEGER NOT NULL,
    "cy" INTEGER NOT NULL,
    "clicks" INTEGER NOT NULL,

    CONSTRAINT "DailyClickCell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyElementClick" (
    "id" SERIAL NOT NULL,
    "siteId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "tag" TEXT,
    "elementId" TEXT,
    "text" TEXT,
    "track" TEXT,
    "visitorId" TEXT NOT NULL,
    "clicks" INTEGER NOT NULL,

    CONSTRAINT "DailyElementClick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyNamedEvent" (
    "id" SERIAL NOT NULL,
    "siteId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "name" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "path" TEXT,
    "events" INTEGER NOT NULL,

    CONSTRAINT "DailyNamedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyEventType" (
    "siteId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "DailyEventType_pkey" PRIMARY KEY ("siteId","day","type")
);

-- CreateTable
CREATE TABLE "DailyTech" (
    "siteId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "device" TEXT NOT NULL,
    "browser" TEXT NOT NULL,
    "os" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL,

    CONSTRAINT "DailyTech_pkey" PRIMARY KEY ("siteId","day","device","browser","os")
);

-- CreateTable
CREATE TABLE "VisitorDay" (
    "siteId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "channel" TEXT NOT NULL,
    "visitorId" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL,
    "isNew" BOOLEAN NOT NULL,

    CONSTRAINT "VisitorDay_pkey" PRIMARY KEY ("siteId","day","channel","visitorId")
);

-- CreateIndex
CREATE INDEX "DailyClickCell_siteId_path_day_cx_cy_clicks_idx" ON "DailyClickCell"("siteId", "path", "day", "cx", "cy", "clicks");

-- CreateIndex
CREATE INDEX "DailyClickCell_siteId_day_idx" ON "DailyClickCell"("siteId", "day");

-- CreateIndex
CREATE INDEX "DailyElementClick_siteId_day_tag_elementId_text_track_visit_idx" ON "DailyElementClick"("siteId", "day", "tag", "elementId", "text", "track", "visitorId", "clicks");

-- CreateIndex
CREATE INDEX "DailyNamedEvent_siteId_type_day_name_sessionId_events_path_idx" ON "DailyNamedEvent"("siteId", "type", "day", "name", "sessionId", "events", "path");

-- CreateIndex
CREATE INDEX "VisitorDay_siteId_day_visitorId_isNew_idx" ON "VisitorDay"("siteId", "day", "visitorId", "isNew");

-- AddForeignKey
ALTER TABLE "DailyPageBehaviour" ADD CONSTRAINT "DailyPageBehaviour_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyClickCell" ADD CONSTRAINT "DailyClickCell_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyElementClick" ADD CONSTRAINT "DailyElementClick_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyNamedEvent" ADD CONSTRAINT "DailyNamedEvent_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyEventType" ADD CONSTRAINT "DailyEventType_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyTech" ADD CONSTRAINT "DailyTech_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitorDay" ADD CONSTRAINT "VisitorDay_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rollup coverage is forgotten so the next rollups run rebuilds every day with the new tables
-- (until then dashboards read raw events, which is exact).
DELETE FROM "Setting" WHERE "key" LIKE 'rollups:coverage:%';
