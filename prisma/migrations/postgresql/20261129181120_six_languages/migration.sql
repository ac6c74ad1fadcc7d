-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "textLocale" TEXT;

-- CreateTable
CREATE TABLE "LetterTranslation" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceVersion" INTEGER NOT NULL,
    "sourceDigest" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterTranslation_letterId_locale_key" ON "LetterTranslation"("letterId", "locale");

-- AddForeignKey
ALTER TABLE "LetterTranslation" ADD CONSTRAINT "LetterTranslation_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;
