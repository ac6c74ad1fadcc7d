// Generates both Prisma clients from prisma/schema.prisma.
// The PostgreSQL schema is derived here (provider and output swapped) so the two can never drift.
// Prisma's CLI wants a schema-engine binary even for `generate`, which never runs it; on machines
// without the downloadable engine we point it at a harmless stand-in.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const postgres = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('"../lib/generated/sqlite"', '"../../lib/generated/postgresql"')
  .replace(/^\/\/ The one data model[\s\S]*?\n\n/, "// Generated from ../schema.prisma by scripts/prisma.mjs: edit that file, not this one.\n\n");
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync("prisma/postgresql/schema.prisma", postgres);

const engineEnv = existsSync("node_modules/@prisma/engines/schema-engine-debian-openssl-3.0.x")
  ? {}
  : { PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...engineEnv, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("prisma: generated the SQLite and PostgreSQL clients in lib/generated/");
