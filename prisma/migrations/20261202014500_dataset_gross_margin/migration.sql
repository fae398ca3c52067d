-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN "grossMargin" REAL;
