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
    "signerKinds" TEXT NOT NULL DEFAULT 'organisations',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Letter" ("addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "endorsementsOpen", "id", "language", "publishAt", "publishedAt", "revision", "slug", "status", "title", "updatedAt", "version") SELECT "addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "endorsementsOpen", "id", "language", "publishAt", "publishedAt", "revision", "slug", "status", "title", "updatedAt", "version" FROM "Letter";
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
    "kind" TEXT NOT NULL DEFAULT 'organisation',
    "affiliation" TEXT,
    "hideName" BOOLEAN NOT NULL DEFAULT false,
    "hideCountry" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'web',
    "sourceNote" TEXT,
    "addedById" TEXT,
    CONSTRAINT "Signature_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Signature_signingLinkId_fkey" FOREIGN KEY ("signingLinkId") REFERENCES "SigningLink" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Signature" ("comment", "confirmedAt", "contactName", "country", "createdAt", "displayName", "email", "emailCanonical", "emailDomain", "erasedAt", "id", "letterId", "letterVersion", "locale", "nameKey", "network", "orgName", "orgType", "rejectionReason", "reviewedAt", "reviewedById", "role", "signingLinkId", "sortKey", "status", "textLocale", "tier", "wantsUpdates", "website", "withdrawnAt") SELECT "comment", "confirmedAt", "contactName", "country", "createdAt", "displayName", "email", "emailCanonical", "emailDomain", "erasedAt", "id", "letterId", "letterVersion", "locale", "nameKey", "network", "orgName", "orgType", "rejectionReason", "reviewedAt", "reviewedById", "role", "signingLinkId", "sortKey", "status", "textLocale", "tier", "wantsUpdates", "website", "withdrawnAt" FROM "Signature";
DROP TABLE "Signature";
ALTER TABLE "new_Signature" RENAME TO "Signature";
CREATE INDEX "Signature_letterId_status_sortKey_idx" ON "Signature"("letterId", "status", "sortKey");
CREATE INDEX "Signature_letterId_status_tier_sortKey_idx" ON "Signature"("letterId", "status", "tier", "sortKey");
CREATE INDEX "Signature_letterId_status_kind_tier_sortKey_idx" ON "Signature"("letterId", "status", "kind", "tier", "sortKey");
CREATE INDEX "Signature_letterId_status_confirmedAt_idx" ON "Signature"("letterId", "status", "confirmedAt");
CREATE INDEX "Signature_letterId_country_sortKey_idx" ON "Signature"("letterId", "country", "sortKey");
CREATE INDEX "Signature_letterId_nameKey_idx" ON "Signature"("letterId", "nameKey");
CREATE INDEX "Signature_letterId_emailDomain_idx" ON "Signature"("letterId", "emailDomain");
CREATE INDEX "Signature_status_createdAt_idx" ON "Signature"("status", "createdAt");
CREATE INDEX "Signature_letterId_network_createdAt_idx" ON "Signature"("letterId", "network", "createdAt");
CREATE UNIQUE INDEX "Signature_letterId_emailCanonical_key" ON "Signature"("letterId", "emailCanonical");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'coordinator',
    "invitedById" TEXT,
    "disabledAt" DATETIME,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "digestEnabled" BOOLEAN NOT NULL DEFAULT true,
    "digestSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "disabledAt", "email", "emailVerified", "id", "image", "invitedById", "name", "role", "updatedAt") SELECT "createdAt", "disabledAt", "email", "emailVerified", "id", "image", "invitedById", "name", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
