-- CreateTable
CREATE TABLE "StudentOutcome" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "droppedOut" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudentOutcome_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StudentOutcome_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RiskEvaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ranAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modelVersion" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "horizonDays" INTEGER NOT NULL,
    "students" INTEGER NOT NULL,
    "dropouts" INTEGER NOT NULL,
    "auc" REAL,
    "precision" REAL,
    "recall" REAL,
    "calibration" JSONB NOT NULL,
    "recognitionAuc" REAL
);

-- CreateIndex
CREATE INDEX "StudentOutcome_at_idx" ON "StudentOutcome"("at");

-- CreateIndex
CREATE INDEX "RiskEvaluation_ranAt_idx" ON "RiskEvaluation"("ranAt");
