// For operators who run the standard Prisma CLI (e.g. `npx prisma migrate deploy`):
// the schema and migrations folder follow DATABASE_URL, exactly as the app's own migrator does.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/undersigned.db";
const provider = url.startsWith("file:") ? "sqlite" : "postgresql";

export default defineConfig({
  schema: provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma",
  migrations: { path: `prisma/migrations/${provider}` },
  datasource: { url },
});
