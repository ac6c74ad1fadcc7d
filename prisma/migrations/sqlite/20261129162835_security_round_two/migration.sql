-- AlterTable
ALTER TABLE "Signature" ADD COLUMN "network" TEXT;

-- AlterTable
ALTER TABLE "SignatureToken" ADD COLUMN "answers" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "signatureId" TEXT;

-- CreateIndex
CREATE INDEX "Signature_letterId_network_createdAt_idx" ON "Signature"("letterId", "network", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_signatureId_idx" ON "OutboxMessage"("signatureId");
