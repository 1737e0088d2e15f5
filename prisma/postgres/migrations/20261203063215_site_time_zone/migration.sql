-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';
