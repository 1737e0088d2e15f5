/*
  Warnings:

  - A unique constraint covering the columns `[tickKey]` on the table `JobRun` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "replica" TEXT,
ADD COLUMN     "tickKey" TEXT;

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_tickKey_key" ON "JobRun"("tickKey");
