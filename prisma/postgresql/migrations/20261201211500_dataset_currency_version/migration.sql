-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'JPY',
ADD COLUMN     "dataVersion" TEXT;
