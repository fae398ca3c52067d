-- CreateTable
CREATE TABLE "ImportLock" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "datasetName" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportLock_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "SlackQuestion" (
    "key" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "threadTs" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "progressTs" TEXT,
    "status" TEXT NOT NULL DEFAULT 'accepted',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackQuestion_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SlackQuestion_status_idx" ON "SlackQuestion"("status");
