-- CreateTable
CREATE TABLE "SlackThread" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "threadTs" TEXT NOT NULL,
    "history" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SlackReceipt" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SlackThread_updatedAt_idx" ON "SlackThread"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SlackThread_channel_threadTs_key" ON "SlackThread"("channel", "threadTs");

-- CreateIndex
CREATE INDEX "SlackReceipt_receivedAt_idx" ON "SlackReceipt"("receivedAt");
