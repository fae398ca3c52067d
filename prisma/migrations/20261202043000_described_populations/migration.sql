-- CreateTable
CREATE TABLE "DescribedPopulation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "digest" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "cells" INTEGER NOT NULL,
    "sketch" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "DescribedPopulation_digest_key" ON "DescribedPopulation"("digest");

-- CreateIndex
CREATE INDEX "DescribedPopulation_size_idx" ON "DescribedPopulation"("size");
