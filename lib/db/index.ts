import "server-only";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Types } from "@prisma/client/runtime/client";
import { databaseProvider, env } from "@/lib/env";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";

// Both generated clients come from the same models (scripts/prisma.mjs). Each client class types
// its operations with helper types of its own, which TypeScript cannot compare across the two; an
// extended client (`$extends`) is typed from its model map with helpers shared by every generated
// client, so there the compiler checks that both clients provide `Db` (below). The extension is
// empty: it adds no behaviour.

// SQLite has one writer. Across processes (a second instance, a worker) `timeout` makes a writer
// wait for the lock instead of failing at once with SQLITE_BUSY (libsql's default is 0). Within
// this process the adapter runs one transaction at a time, so a burst of signatures queues;
// maxWait lets the queue drain instead of failing after Prisma's default 2 s.
const sqliteClient = (url: string) =>
  new SqliteClient({
    adapter: new PrismaLibSql({ url, timeout: 10_000 }),
    transactionOptions: { maxWait: 30_000, timeout: 15_000 },
  }).$extends({});

// The pool has 10 connections; a burst of signatures waits for one rather than failing after
// Prisma's default 2 s.
const postgresClient = (url: string) =>
  new PostgresClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: { maxWait: 30_000, timeout: 15_000 },
  }).$extends({});

type Sqlite = ReturnType<typeof sqliteClient>;
type Model = Exclude<keyof SqliteClient, `$${string}` | symbol>;

/**
 * What the app may use inside a transaction: every model's operations as the SQLite client types
 * them (PostgreSQL accepts all of it), and raw queries. Prisma's symbol-keyed type metadata is
 * left out: it names each client's own argument types.
 */
export type Tx = { [M in Model]: Omit<Sqlite[M], symbol> } & Pick<
  Sqlite,
  "$queryRaw" | "$queryRawUnsafe" | "$executeRaw" | "$executeRawUnsafe"
>;

type TransactionOptions = { maxWait?: number; timeout?: number };

/** The database client: a transaction's operations, plus transactions and the connection. */
export type Db = Tx &
  Pick<Sqlite, "$connect" | "$disconnect"> & {
    $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
    $transaction<P extends Types.Public.PrismaPromise<unknown>[]>(
      operations: [...P],
      options?: TransactionOptions,
    ): Promise<Types.Utils.UnwrapTuple<P>>;
  };

/** One Prisma client per process, on the adapter that DATABASE_URL names. */
function createClient(url: string): Db {
  return databaseProvider(url) === "sqlite" ? sqliteClient(url) : postgresClient(url);
}

declare global {
  // Development reloads modules; the client (and its connections) outlives them.
  var undersignedDb: Db | undefined;
}

export const db: Db = globalThis.undersignedDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalThis.undersignedDb = db;
