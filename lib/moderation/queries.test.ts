// The moderation queue: order, counts, filters, search that behaves alike on SQLite and
// PostgreSQL, and the duplicate / free-mail hints.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { reviewQueue } from "@/lib/moderation/queries";
import { reviewFilterSchema } from "@/lib/moderation/schema";
import { authorized } from "@/lib/testing/access";
import { signatureSchema } from "@/lib/signatures/schema";
import { seedLetter, seedSignature, uniqueId } from "@/lib/testing/seed";

const filter = (q: Record<string, string> = {}) => reviewFilterSchema.parse(q);

test("confirmed signatures newest first, with counts per status", async () => {
  const letter = await seedLetter(db);
  const old = await seedSignature(db, letter.id, { confirmedAt: new Date("2026-01-01") });
  const recent = await seedSignature(db, letter.id, { confirmedAt: new Date("2026-02-01") });
  await seedSignature(db, letter.id, { status: "approved" });
  await seedSignature(db, letter.id, { status: "pending_confirmation" });
  const queue = await reviewQueue(await authorized(letter.id), filter());
  assert.deepEqual(queue.rows.map((r) => r.id), [recent.id, old.id]);
  assert.equal(queue.counts.confirmed, 2);
  assert.equal(queue.counts.approved, 1);
  assert.equal(queue.counts.pending_confirmation, 1);
  assert.equal(queue.counts.rejected, 0);
  assert.equal((await reviewQueue(await authorized(letter.id), filter({ status: "all" }))).total, 4);
  assert.equal((await reviewQueue(await authorized(letter.id), filter({ status: "nonsense" }))).total, 2, "an unknown status falls back to the queue");
});

test("filters by country and organisation type; search ignores case and accents", async () => {
  const letter = await seedLetter(db);
  const fr = await seedSignature(db, letter.id, { orgName: "Société Numérique", country: "FR", orgType: "academic", email: "Info@Societe.fr" });
  await seedSignature(db, letter.id, { orgName: "Other", country: "DE" });
  assert.deepEqual((await reviewQueue(await authorized(letter.id), filter({ country: "fr" }))).rows.map((r) => r.id), [fr.id]);
  assert.deepEqual((await reviewQueue(await authorized(letter.id), filter({ orgType: "academic" }))).rows.map((r) => r.id), [fr.id]);
  assert.deepEqual((await reviewQueue(await authorized(letter.id), filter({ q: "SOCIETE num" }))).rows.map((r) => r.id), [fr.id]);
  assert.deepEqual((await reviewQueue(await authorized(letter.id), filter({ q: "info@societe" }))).rows.map((r) => r.id), [fr.id]);
  assert.deepEqual(queueCountries(await reviewQueue(await authorized(letter.id), filter())), ["DE", "FR"]);
});

const queueCountries = (q: { countries: string[] }) => q.countries;

test("hints: same normalised name, same domain, free mail, email at the website's domain", async () => {
  const letter = await seedLetter(db);
  const a = await seedSignature(db, letter.id, { orgName: "ARTICLE19", email: "a@article19.org", website: "https://www.article19.org" });
  const b = await seedSignature(db, letter.id, { orgName: "Article 19 Ltd.", email: "b@article19.org" });
  const c = await seedSignature(db, letter.id, { orgName: "Lone Org", email: "lone@gmail.com", website: "lone.example" });
  const rows = new Map((await reviewQueue(await authorized(letter.id), filter())).rows.map((r) => [r.id, r.hints]));
  assert.deepEqual(rows.get(a.id)!.sameName.map((s) => s.id), [b.id]);
  assert.equal(rows.get(a.id)!.sameDomain, 1);
  assert.equal(rows.get(a.id)!.emailAtWebsite, true);
  assert.equal(rows.get(a.id)!.freeMail, false);
  assert.deepEqual(rows.get(c.id), { sameName: [], sameDomain: 0, freeMail: true, emailAtWebsite: false, sameNetwork: 0 });
});

test("hint: signatures from one network within an hour are counted; other networks and other hours are not", async () => {
  const { signLetter } = await import("@/lib/signatures/mutations");
  const { networkHash } = await import("@/lib/abuse/pseudonym");
  const letter = await seedLetter(db);
  const sign = (email: string, address: string) =>
    signLetter(letter.slug, signatureSchema.parse({ orgName: `Org ${email}`, country: "FR", orgType: "academic", contactName: "Ana", email, consent: true }), { address });
  // Six organisations at one conference (one /24, two addresses in it), two elsewhere.
  for (let i = 0; i < 6; i++) assert.deepEqual(await sign(`room${i}-${uniqueId()}@org${i}.example`, `198.51.100.${i % 2 ? 20 : 21}`), { ok: true });
  assert.deepEqual(await sign(`home-${uniqueId()}@home.example`, "203.0.113.5"), { ok: true });
  assert.deepEqual(await sign(`v6-${uniqueId()}@six.example`, "2001:db8:aa:1::/64"), { ok: true });
  // One more from the conference network, but two hours earlier: outside everyone's hour.
  const early = await sign(`early-${uniqueId()}@early.example`, "198.51.100.99");
  assert.deepEqual(early, { ok: true });
  await db.signature.updateMany({ where: { letterId: letter.id, email: { startsWith: "early-" } }, data: { createdAt: new Date(Date.now() - 2 * 3_600_000) } });

  const rows = (await reviewQueue(await authorized(letter.id), filter({ status: "all" }))).rows;
  const hint = (prefix: string) => rows.filter((r) => r.email.startsWith(prefix)).map((r) => r.hints.sameNetwork);
  assert.deepEqual(hint("room"), [6, 6, 6, 6, 6, 6]);
  assert.deepEqual(hint("home"), [0]);
  assert.deepEqual(hint("v6"), [0]);
  assert.deepEqual(hint("early"), [0]);
  // What is stored is a keyed hash of the network, not the address or the network.
  const stored = await db.signature.findMany({ where: { letterId: letter.id }, select: { network: true, email: true } });
  // 16 hex digits cannot hold an address's dots or colons.
  for (const { network } of stored) assert.match(network ?? "", /^[0-9a-f]{16}$/);
  assert.equal(stored.find((s) => s.email.startsWith("room"))!.network, networkHash("198.51.100.1"));
});
