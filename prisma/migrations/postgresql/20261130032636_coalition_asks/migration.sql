-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "signerKinds" TEXT NOT NULL DEFAULT 'organisations';

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "addedById" TEXT,
ADD COLUMN     "affiliation" TEXT,
ADD COLUMN     "hideCountry" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hideName" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'organisation',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'web',
ADD COLUMN     "sourceNote" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "digestSentAt" TIMESTAMP(3),
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE INDEX "Signature_letterId_status_kind_tier_sortKey_idx" ON "Signature"("letterId", "status", "kind", "tier", "sortKey");
