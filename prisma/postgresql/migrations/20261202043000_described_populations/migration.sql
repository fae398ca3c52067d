-- CreateTable
CREATE TABLE "DescribedPopulation" (
    "id" SERIAL NOT NULL,
    "digest" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "cells" INTEGER NOT NULL,
    "sketch" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DescribedPopulation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DescribedPopulation_digest_key" ON "DescribedPopulation"("digest");

-- CreateIndex
CREATE INDEX "DescribedPopulation_size_idx" ON "DescribedPopulation"("size");
