-- CreateTable
CREATE TABLE "SlackThread" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "threadTs" TEXT NOT NULL,
    "history" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackReceipt" (
    "key" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlackReceipt_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SlackThread_updatedAt_idx" ON "SlackThread"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SlackThread_channel_threadTs_key" ON "SlackThread"("channel", "threadTs");

-- CreateIndex
CREATE INDEX "SlackReceipt_receivedAt_idx" ON "SlackReceipt"("receivedAt");
