-- CreateIndex
CREATE INDEX "Signature_letterId_status_tier_sortKey_idx" ON "Signature"("letterId", "status", "tier", "sortKey");
