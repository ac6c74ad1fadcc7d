/**
 * Writes test data straight into the app's database (the one playwright.config.ts gave the
 * app), so each test starts from the state it needs without clicking through the admin.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";

let client: Promise<Db> | undefined;

/** The app's lib/db, pointed at the e2e database. lib/env reads the environment at first import. */
export function appDb(): Promise<Db> {
  client ??= (async () => {
    process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    process.env.DATA_DIR = process.env.E2E_DATA_DIR;
    process.env.AUTH_SECRET ??= process.env.E2E_AUTH_SECRET;
    return (await import("../../lib/db")).db;
  })();
  return client;
}

export type SeededLetter = { id: string; slug: string; title: string; addressee: string };

/** An open letter with a unique slug, published now, with its version 1. */
export async function seedOpenLetter(overrides: Partial<{ title: string; addressee: string; body: string }> = {}) {
  const db = await appDb();
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const title = overrides.title ?? `Open letter ${slug}`;
  const addressee = overrides.addressee ?? "The Minister of Digital Affairs";
  const body = overrides.body ?? "Dear Minister,\n\nWe, the **undersigned organisations**, ask you to keep the internet open.\n";
  const letter = await db.letter.create({
    data: {
      slug,
      title,
      addressee,
      body,
      status: "open",
      publishedAt: new Date(),
      version: 1,
      versions: { create: { version: 1, title, addressee, body } },
    },
    select: { id: true, slug: true, title: true, addressee: true },
  });
  return letter satisfies SeededLetter;
}

/** Unique per call, so tests never collide on "one signature per email". */
export const uniqueEmail = (prefix = "signer") => `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
