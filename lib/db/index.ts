import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, env } from "@/lib/env";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";

/**
 * One Prisma client per process, on the adapter that DATABASE_URL names.
 * Both generated clients come from the same models (scripts/prisma.mjs), so the PostgreSQL
 * client has exactly the SQLite client's API; the type below states that once.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function createClient(url: string): Db {
  if (databaseProvider(url) === "sqlite") {
    // SQLite has one writer. Across processes (a second instance, a worker) `timeout` makes a
    // writer wait for the lock instead of failing at once with SQLITE_BUSY (libsql's default is 0).
    // Within this process the adapter runs one transaction at a time, so a burst of signatures
    // queues; maxWait lets the queue drain instead of failing after Prisma's default 2 s.
    return new SqliteClient({
      adapter: new PrismaLibSql({ url, timeout: 10_000 }),
      transactionOptions: { maxWait: 30_000, timeout: 15_000 },
    });
  }
  // The pool has 10 connections; a burst of signatures waits for one rather than failing
  // after Prisma's default 2 s.
  const client = new PostgresClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: { maxWait: 30_000, timeout: 15_000 },
  });
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { undersignedDb?: Db };

export const db: Db = globalForDb.undersignedDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.undersignedDb = db;
