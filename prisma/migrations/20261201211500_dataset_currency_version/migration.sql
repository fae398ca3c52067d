-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN "currency" TEXT NOT NULL DEFAULT 'JPY';
ALTER TABLE "Dataset" ADD COLUMN "dataVersion" TEXT;
