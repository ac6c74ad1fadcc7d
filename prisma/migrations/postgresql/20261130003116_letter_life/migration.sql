-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "endorsementsOpen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publishAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "signingLinkId" TEXT,
ADD COLUMN     "tier" TEXT NOT NULL DEFAULT 'signatory',
ADD COLUMN     "wantsUpdates" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "headers" TEXT,
ADD COLUMN     "updateId" TEXT;

-- CreateTable
CREATE TABLE "SigningLink" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL,
    "recipient" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "reference" TEXT,
    "note" TEXT,
    "letterVersion" INTEGER NOT NULL,
    "texts" TEXT NOT NULL,
    "signatories" TEXT NOT NULL,
    "signatoryCount" INTEGER NOT NULL,
    "pdf" BYTEA NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "listSha256" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterResponse" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "author" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "pdf" BYTEA,
    "pdfName" TEXT,
    "comment" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterUpdate" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "translations" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "sentAt" TIMESTAMP(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SigningLink_tokenHash_key" ON "SigningLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SigningLink_letterId_idx" ON "SigningLink"("letterId");

-- CreateIndex
CREATE INDEX "Delivery_pdfSha256_idx" ON "Delivery"("pdfSha256");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_letterId_sequence_key" ON "Delivery"("letterId", "sequence");

-- CreateIndex
CREATE INDEX "LetterResponse_letterId_receivedAt_idx" ON "LetterResponse"("letterId", "receivedAt");

-- CreateIndex
CREATE INDEX "LetterUpdate_letterId_status_sentAt_idx" ON "LetterUpdate"("letterId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_updateId_idx" ON "OutboxMessage"("updateId");

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_signingLinkId_fkey" FOREIGN KEY ("signingLinkId") REFERENCES "SigningLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningLink" ADD CONSTRAINT "SigningLink_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterResponse" ADD CONSTRAINT "LetterResponse_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterUpdate" ADD CONSTRAINT "LetterUpdate_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;
