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
    return new SqliteClient({ adapter: new PrismaLibSql({ url }) });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { undersignedDb?: Db };

export const db: Db = globalForDb.undersignedDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.undersignedDb = db;
