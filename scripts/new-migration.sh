#!/usr/bin/env bash
# Writes a new migration for both databases from the change to prisma/schema.prisma:
#   npm run db:new-migration -- add_letter_language
# Prisma 7's CLI needs a schema engine downloaded from outside the npm registry to diff. Prisma
# 6.19's CLI has a WebAssembly schema engine ("engine: js"), so this script uses it, kept in
# .cache/ and never shipped with the app. It diffs the datamodel the existing migrations produce
# (prisma/migrations/schema.snapshot.prisma) against prisma/schema.prisma, writes
# prisma/migrations/{sqlite,postgresql}/<timestamp>_<name>/migration.sql, and updates the snapshot.
# An operator with the normal Prisma CLI can use `prisma migrate dev` instead: same folders.
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:-}"
if [[ ! "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "usage: npm run db:new-migration -- <name_in_snake_case>" >&2
  exit 2
fi
if cmp -s prisma/schema.prisma prisma/migrations/schema.snapshot.prisma; then
  echo "prisma/schema.prisma has not changed since the last migration: nothing to do." >&2
  exit 1
fi

tool=.cache/migration-tool
if [ ! -x "$tool/node_modules/.bin/prisma" ]; then
  mkdir -p "$tool"
  echo '{"private":true,"type":"module"}' > "$tool/package.json"
  npm install --prefix "$tool" --no-audit --no-fund --silent \
    prisma@6.19.3 @prisma/adapter-libsql@6.19.3 @prisma/adapter-pg@6.19.3 >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stamp=$(date -u +%Y%m%d%H%M%S)

# Prisma 6 wants the datasource url in the schema and no generator output of Prisma 7's kind.
strip() { sed -e '/^generator client {/,/^}/d' "$1"; }
for provider in sqlite postgresql; do
  for side in from to; do
    src=prisma/migrations/schema.snapshot.prisma
    [ "$side" = to ] && src=prisma/schema.prisma
    strip "$src" | sed -e "s|provider = \"sqlite\"|provider = \"$provider\"\n  url = env(\"DIFF_URL\")|" > "$work/$provider-$side.prisma"
  done
done

cat > "$work/prisma.config.ts" <<'TS'
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
const url = process.env.DIFF_URL!;
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (url.startsWith("file:") ? new PrismaLibSQL({ url }) : new PrismaPg({ connectionString: url })),
});
TS
cp "$work/prisma.config.ts" "$tool/prisma.config.ts"

diff_for() { # provider url
  (cd "$tool" && DIFF_URL="$2" PRISMA_SCHEMA_ENGINE_BINARY=/bin/true PRISMA_QUERY_ENGINE_LIBRARY=/bin/true \
    PRISMA_HIDE_UPDATE_MESSAGE=1 node node_modules/prisma/build/index.js migrate diff \
    --from-schema-datamodel "$work/$1-from.prisma" --to-schema-datamodel "$work/$1-to.prisma" --script)
}

write() { # provider sql
  local dir="prisma/migrations/$1/${stamp}_${name}"
  mkdir -p "$dir"
  printf '%s\n' "$2" > "$dir/migration.sql"
  echo "wrote $dir/migration.sql"
}

write sqlite "$(diff_for sqlite "file:$work/diff.db")"
# Prisma's PostgreSQL diff opens a connection even between two datamodels: give it a throwaway server.
pg_sql=$(bash scripts/with-postgres.sh bash -c "$(declare -f diff_for); work='$work' tool='$tool' diff_for postgresql \"\$TEST_POSTGRES_URL\"")
write postgresql "$pg_sql"
cp prisma/schema.prisma prisma/migrations/schema.snapshot.prisma
echo "updated prisma/migrations/schema.snapshot.prisma; review the SQL, then run: npm test"
