import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createClient as createLibsql } from "@libsql/client";
import pg from "pg";

/**
 * Applies prisma/migrations/<provider>/<timestamp_name>/migration.sql in order and records
 * each in Prisma's own `_prisma_migrations` table with Prisma's checksum (SHA-256 of the file),
 * so `prisma migrate deploy` run by an operator sees exactly the same history.
 * Prisma's CLI needs a downloaded engine to do this; the app must migrate anywhere, so it owns it.
 */
export type Migration = { name: string; sql: string; checksum: string };

const MIGRATIONS_ROOT = path.join(process.cwd(), "prisma", "migrations");
/** The advisory lock key Prisma Migrate uses, so the app and the CLI never migrate at once. */
const PG_LOCK_KEY = 72707369;

export function readMigrations(provider: "sqlite" | "postgresql"): Migration[] {
  const dir = path.join(MIGRATIONS_ROOT, provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function checkHistory(applied: Map<string, string>, migrations: Migration[]) {
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum && sum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
    }
  }
}

async function migrateSqlite(url: string, migrations: Migration[]): Promise<string[]> {
  const file = url.replace(/^file:/, "");
  if (file && !existsSync(path.dirname(path.resolve(file)))) {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const client = createLibsql({ url });
  try {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute(SQLITE_TABLE);
    const done: string[] = [];
    for (const m of migrations) {
      const tx = await client.transaction("write");
      try {
        const rows = await tx.execute({
          sql: `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = ? AND rolled_back_at IS NULL AND finished_at IS NOT NULL`,
          args: [m.name],
        });
        const applied = new Map(rows.rows.map((r) => [m.name, String(r.checksum)]));
        checkHistory(applied, [m]);
        if (applied.size === 0) {
          await tx.executeMultiple(m.sql);
          await tx.execute({
            sql: `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
            args: [randomUUID(), m.checksum, m.name],
          });
          done.push(m.name);
        }
        await tx.commit();
      } finally {
        tx.close();
      }
    }
    return done;
  } finally {
    client.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    await client.query(PG_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkHistory(applied, migrations);
    const done: string[] = [];
    for (const m of migrations.filter((x) => !applied.has(x.name))) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
        done.push(m.name);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** Brings the database at `url` up to date; returns the names of the migrations it applied. */
export async function migrate(url: string): Promise<string[]> {
  if (url.startsWith("file:")) return migrateSqlite(url, readMigrations("sqlite"));
  return migratePostgres(url, readMigrations("postgresql"));
}
