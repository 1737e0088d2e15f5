/*
  Warnings:

  - A unique constraint covering the columns `[tickKey]` on the table `JobRun` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "JobRun" ADD COLUMN "replica" TEXT;
ALTER TABLE "JobRun" ADD COLUMN "tickKey" TEXT;

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_tickKey_key" ON "JobRun"("tickKey");
