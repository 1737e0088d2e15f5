-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "identity" TEXT,
ADD COLUMN     "unverifiedEvents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "secretSealed" TEXT,
ADD COLUMN     "trustBrowserIdentity" BOOLEAN NOT NULL DEFAULT false;

-- Sessions linked before identity was verified came from the browser uid or a server batch; they
-- keep counting, as "trusted" (the browser kind), so existing risk scores do not drop to nothing.
UPDATE "Session" SET "identity" = 'trusted' WHERE "userId" IS NOT NULL;
