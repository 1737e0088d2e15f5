-- CreateTable
CREATE TABLE "StudentOutcome" (
    "userId" TEXT NOT NULL,
    "droppedOut" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudentOutcome_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RiskEvaluation" (
    "id" TEXT NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modelVersion" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "horizonDays" INTEGER NOT NULL,
    "students" INTEGER NOT NULL,
    "dropouts" INTEGER NOT NULL,
    "auc" DOUBLE PRECISION,
    "precision" DOUBLE PRECISION,
    "recall" DOUBLE PRECISION,
    "calibration" JSONB NOT NULL,
    "recognitionAuc" DOUBLE PRECISION,

    CONSTRAINT "RiskEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StudentOutcome_at_idx" ON "StudentOutcome"("at");

-- CreateIndex
CREATE INDEX "RiskEvaluation_ranAt_idx" ON "RiskEvaluation"("ranAt");

-- AddForeignKey
ALTER TABLE "StudentOutcome" ADD CONSTRAINT "StudentOutcome_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentOutcome" ADD CONSTRAINT "StudentOutcome_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
