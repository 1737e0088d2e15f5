-- AlterTable
ALTER TABLE "User" ADD COLUMN     "trackingErasedAt" TIMESTAMP(3);
