-- AlterTable
ALTER TABLE "User" ADD COLUMN "trackingErasedAt" DATETIME;
