-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "grossMargin" DOUBLE PRECISION;
