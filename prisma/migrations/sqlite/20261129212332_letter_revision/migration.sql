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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Letter" ("addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "id", "language", "publishedAt", "slug", "status", "title", "updatedAt", "version") SELECT "addressee", "approvedCount", "body", "coordinators", "createdAt", "deadline", "deliveredAt", "id", "language", "publishedAt", "slug", "status", "title", "updatedAt", "version" FROM "Letter";
DROP TABLE "Letter";
ALTER TABLE "new_Letter" RENAME TO "Letter";
CREATE UNIQUE INDEX "Letter_slug_key" ON "Letter"("slug");
CREATE INDEX "Letter_status_publishedAt_idx" ON "Letter"("status", "publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
