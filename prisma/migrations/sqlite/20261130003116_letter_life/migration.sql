-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "headers" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "updateId" TEXT;

-- CreateTable
CREATE TABLE "SigningLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SigningLink_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "deliveredAt" DATETIME NOT NULL,
    "recipient" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "reference" TEXT,
    "note" TEXT,
    "letterVersion" INTEGER NOT NULL,
    "texts" TEXT NOT NULL,
    "signatories" TEXT NOT NULL,
    "signatoryCount" INTEGER NOT NULL,
    "pdf" BLOB NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "listSha256" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Delivery_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LetterResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "author" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "pdf" BLOB,
    "pdfName" TEXT,
    "comment" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LetterResponse_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LetterUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "translations" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "sentAt" DATETIME,
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LetterUpdate_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Letter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "coordinators" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "deadline" DATETIME,
    "publishedAt" DATETIME,
    "deliveredAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "approvedCount" INTEGER NOT NULL DEFAULT 0,
    "language" TEXT NOT NULL DEFAULT 'en',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishAt" DATETIME,
    "endorsementsOpen" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Letter" ("addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "id", "language", "publishedAt", "revision", "slug", "status", "title", "updatedAt", "version") SELECT "addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "id", "language", "publishedAt", "revision", "slug", "status", "title", "updatedAt", "version" FROM "Letter";
DROP TABLE "Letter";
ALTER TABLE "new_Letter" RENAME TO "Letter";
CREATE UNIQUE INDEX "Letter_slug_key" ON "Letter"("slug");
CREATE INDEX "Letter_status_publishedAt_idx" ON "Letter"("status", "publishedAt");
CREATE TABLE "new_Signature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "orgName" TEXT NOT NULL,
    "displayName" TEXT,
    "sortKey" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "orgType" TEXT NOT NULL,
    "website" TEXT,
    "contactName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailCanonical" TEXT NOT NULL,
    "emailDomain" TEXT NOT NULL,
    "role" TEXT,
    "comment" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending_confirmation',
    "letterVersion" INTEGER,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "textLocale" TEXT,
    "rejectionReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" DATETIME,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "withdrawnAt" DATETIME,
    "erasedAt" DATETIME,
    "network" TEXT,
    "tier" TEXT NOT NULL DEFAULT 'signatory',
    "signingLinkId" TEXT,
    "wantsUpdates" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Signature_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Signature_signingLinkId_fkey" FOREIGN KEY ("signingLinkId") REFERENCES "SigningLink" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Signature" ("comment", "confirmedAt", "contactName", "country", "createdAt", "displayName", "email", "emailCanonical", "emailDomain", "erasedAt", "id", "letterId", "letterVersion", "locale", "nameKey", "network", "orgName", "orgType", "rejectionReason", "reviewedAt", "reviewedById", "role", "sortKey", "status", "textLocale", "website", "withdrawnAt") SELECT "comment", "confirmedAt", "contactName", "country", "createdAt", "displayName", "email", "emailCanonical", "emailDomain", "erasedAt", "id", "letterId", "letterVersion", "locale", "nameKey", "network", "orgName", "orgType", "rejectionReason", "reviewedAt", "reviewedById", "role", "sortKey", "status", "textLocale", "website", "withdrawnAt" FROM "Signature";
DROP TABLE "Signature";
ALTER TABLE "new_Signature" RENAME TO "Signature";
CREATE INDEX "Signature_letterId_status_sortKey_idx" ON "Signature"("letterId", "status", "sortKey");
CREATE INDEX "Signature_letterId_status_confirmedAt_idx" ON "Signature"("letterId", "status", "confirmedAt");
CREATE INDEX "Signature_letterId_country_sortKey_idx" ON "Signature"("letterId", "country", "sortKey");
CREATE INDEX "Signature_letterId_nameKey_idx" ON "Signature"("letterId", "nameKey");
CREATE INDEX "Signature_letterId_emailDomain_idx" ON "Signature"("letterId", "emailDomain");
CREATE INDEX "Signature_status_createdAt_idx" ON "Signature"("status", "createdAt");
CREATE INDEX "Signature_letterId_network_createdAt_idx" ON "Signature"("letterId", "network", "createdAt");
CREATE UNIQUE INDEX "Signature_letterId_emailCanonical_key" ON "Signature"("letterId", "emailCanonical");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
