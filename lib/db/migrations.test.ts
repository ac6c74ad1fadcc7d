import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { readMigrations } from "@/lib/db/migrate";

test("every change to the data model comes with a migration (npm run db:new-migration)", () => {
  assert.equal(
    readFileSync("prisma/schema.prisma", "utf8"),
    readFileSync("prisma/migrations/schema.snapshot.prisma", "utf8"),
    "prisma/schema.prisma differs from the schema the migrations produce",
  );
});

test("both databases have the same migrations, in the same order", () => {
  const names = (p: "sqlite" | "postgresql") => readMigrations(p).map((m) => m.name);
  assert.deepEqual(names("sqlite"), names("postgresql"));
  assert.ok(names("sqlite").length > 0);
});

test("the test database was migrated and recorded the way Prisma records it", async () => {
  const { db } = await import("@/lib/db");
  const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
  );
  const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgresql";
  assert.deepEqual(
    rows.map((r) => [r.migration_name, r.checksum]),
    readMigrations(provider).map((m) => [m.name, m.checksum]),
  );
});
