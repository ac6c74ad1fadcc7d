-- CreateTable
CREATE TABLE "LetterTranslation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "letterId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addressee" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceVersion" INTEGER NOT NULL,
    "sourceDigest" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LetterTranslation_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Letter" ("addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "id", "publishedAt", "slug", "status", "title", "updatedAt", "version") SELECT "addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "id", "publishedAt", "slug", "status", "title", "updatedAt", "version" FROM "Letter";
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
    CONSTRAINT "Signature_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Signature" ("comment", "confirmedAt", "contactName", "country", "createdAt", "displayName", "email", "emailCanonical", "emailDomain", "erasedAt", "id", "letterId", "letterVersion", "nameKey", "network", "orgName", "orgType", "rejectionReason", "reviewedAt", "reviewedById", "role", "sortKey", "status", "website", "withdrawnAt") SELECT "comment", "confirmedAt", "contactName", "country", "createdAt", "displayName", "email", "emailCanonical", "emailDomain", "erasedAt", "id", "letterId", "letterVersion", "nameKey", "network", "orgName", "orgType", "rejectionReason", "reviewedAt", "reviewedById", "role", "sortKey", "status", "website", "withdrawnAt" FROM "Signature";
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
CREATE UNIQUE INDEX "LetterTranslation_letterId_locale_key" ON "LetterTranslation"("letterId", "locale");
