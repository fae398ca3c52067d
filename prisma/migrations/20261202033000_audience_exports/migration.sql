-- CreateTable
CREATE TABLE "AudienceExport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetName" TEXT NOT NULL,
    "segment" INTEGER,
    "audience" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "threadTs" TEXT NOT NULL,
    "askedBy" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "messageTs" TEXT,
    "status" TEXT NOT NULL DEFAULT 'offered',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "claimedAt" DATETIME,
    "claimedBy" TEXT,
    "uploadedAt" DATETIME,
    "slackFileId" TEXT
);

-- CreateIndex
CREATE INDEX "AudienceExport_channel_threadTs_idx" ON "AudienceExport"("channel", "threadTs");

-- CreateIndex
CREATE INDEX "AudienceExport_status_idx" ON "AudienceExport"("status");
