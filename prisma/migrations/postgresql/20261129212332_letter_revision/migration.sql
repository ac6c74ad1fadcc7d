-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
