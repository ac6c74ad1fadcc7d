// The public exports' ETag on the test database: every write that changes what the CSV or JSON
// shows changes it, and nothing else does; the response answers 304 to a current copy.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { matchesIfNoneMatch } from "@/lib/export/http";
import { bodyCache, publicEtag, publicExportResponse } from "@/lib/export/public-cache";
import { eraseSignerData, moderateSignatures, renameSignature } from "@/lib/moderation/mutations";
import { withdrawSignature } from "@/lib/signatures/mutations";
import { newToken, WITHDRAW_TOKEN_TTL_MS } from "@/lib/signatures/tokens";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser } from "@/lib/testing/seed";

async function withdrawLink(signatureId: string): Promise<string> {
  const { token, tokenHash } = newToken();
  await db.signatureToken.create({ data: { signatureId, purpose: "withdraw", tokenHash, expiresAt: new Date(Date.now() + WITHDRAW_TOKEN_TTL_MS) } });
  return token;
}

test("the ETag changes with every write that changes the public list, and only then", async () => {
  const actor = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: actor.id, signatures: [{ status: "approved" }] });
  const as = () => authorized(letter.id, actor);
  const etag = () => publicEtag(letter.id, "csv", "en");
  const seen = new Set<string>();
  const changed = async (what: string) => {
    const now = await etag();
    assert.ok(now && !seen.has(now), `${what} changes the ETag`);
    seen.add(now);
    return now;
  };

  const first = await changed("(first)");
  assert.equal(await etag(), first, "nothing changed: same ETag");

  const pending = await seedSignature(db, letter.id, { status: "pending_confirmation" });
  const confirmed = await seedSignature(db, letter.id);
  assert.equal(await etag(), first, "a pending or confirmed signature is not public");

  await moderateSignatures(await as(), { decision: "approve", ids: [confirmed.id], reason: null });
  await changed("an approval");

  await moderateSignatures(await as(), { decision: "reject", ids: [confirmed.id], reason: null });
  await changed("rejecting an approved signature");

  await moderateSignatures(await as(), { decision: "approve", ids: [confirmed.id], reason: null });
  await changed("approving it again");

  await renameSignature(await as(), { id: confirmed.id, displayName: "ARTICLE 19" });
  await changed("a rename");

  await eraseSignerData(await as(), { id: confirmed.id });
  await changed("an erasure");

  const withdrawn = await withdrawSignature(await withdrawLink(confirmed.id));
  assert.ok(withdrawn.ok);
  const afterWithdrawal = await changed("a withdrawal");

  await withdrawSignature(await withdrawLink(pending.id));
  assert.equal(await etag(), afterWithdrawal, "withdrawing a signature that was never public");

  await db.letter.update({ where: { id: letter.id }, data: { title: "A new title" } });
  await changed("a new title (the JSON shows it)");

  assert.notEqual(await publicEtag(letter.id, "json", "en"), await etag(), "each format has its own");
  assert.notEqual(await publicEtag(letter.id, "csv", "fr"), await etag(), "each language has its own");
  assert.equal(await publicEtag("no-such-letter", "csv", "en"), null);
});

const get = (slug: string, format: "csv" | "json", headers: Record<string, string> = {}, method = "GET") =>
  publicExportResponse(new Request(`http://localhost/en/letters/${slug}/signatories.${format}`, { method, headers }), slug, "en", format, async () => "Not found");

test("GET gives the file with its ETag; a current copy gets 304 without a body; a change gets 200 again", async () => {
  const actor = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: actor.id, signatures: [{ status: "approved", orgName: "First Org" }] });

  const first = await get(letter.slug, "json");
  assert.equal(first.status, 200);
  const etag = first.headers.get("etag")!;
  assert.match(etag, /^"json-[A-Za-z0-9_-]+"$/);
  assert.equal(first.headers.get("cache-control"), "public, max-age=0, must-revalidate");
  assert.equal(JSON.parse(await first.text()).count, 1);

  const again = await get(letter.slug, "json", { "If-None-Match": etag });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), "");
  assert.equal(again.headers.get("etag"), etag);
  assert.equal(again.headers.get("cache-control"), first.headers.get("cache-control"));
  assert.equal(again.headers.get("vary"), first.headers.get("vary"));

  const head = await get(letter.slug, "json", {}, "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.headers.get("etag"), etag);

  const late = await seedSignature(db, letter.id, { orgName: "Late Org" });
  await moderateSignatures(await authorized(letter.id, actor), { decision: "approve", ids: [late.id], reason: null });
  const changed = await get(letter.slug, "json", { "If-None-Match": etag });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get("etag"), etag);
  assert.ok((await changed.text()).includes("Late Org"));

  const csv = await get(letter.slug, "csv");
  assert.equal(csv.status, 200);
  assert.ok((await csv.text()).includes("Late Org"));

  const draft = await seedLetter(db, { status: "draft" });
  assert.equal((await get(draft.slug, "csv")).status, 404);
});

test("If-None-Match: lists, weak tags and * match; other tags do not", () => {
  assert.ok(matchesIfNoneMatch('"a"', '"a"'));
  assert.ok(matchesIfNoneMatch('"x", W/"a"', '"a"'));
  assert.ok(matchesIfNoneMatch("*", '"a"'));
  assert.ok(!matchesIfNoneMatch('"b"', '"a"'));
  assert.ok(!matchesIfNoneMatch(null, '"a"'));
});

test("the body cache renders a burst once and stays within its bounds", async () => {
  const cache = bodyCache({ entries: 2, bytes: 10, entryBytes: 6 });
  let renders = 0;
  const render = (size: number) => async () => {
    renders++;
    await new Promise((resolve) => setImmediate(resolve));
    return new Uint8Array(size);
  };

  await Promise.all([1, 2, 3].map(() => cache.get("a", render(4))));
  assert.equal(renders, 1, "concurrent requests join one render");
  await cache.get("a", render(4));
  assert.equal(renders, 1, "a later request is a hit");

  await cache.get("b", render(4));
  await cache.get("a", render(4)); // a is now the most recent
  await cache.get("c", render(4));
  assert.equal(cache.size(), 2);
  assert.ok(cache.bytes() <= 10);
  renders = 0;
  await cache.get("a", render(4));
  assert.equal(renders, 0, "the most recently used stays");
  await cache.get("b", render(4));
  assert.equal(renders, 1, "the least recently used went");

  await cache.get("big", render(7));
  await cache.get("big", render(7));
  assert.equal(renders, 3, "a body over the entry limit is not kept");

  await cache.get("moved", render(1), async () => false);
  await cache.get("moved", render(1));
  assert.equal(renders, 5, "a body whose list moved while rendering is not kept");

  await assert.rejects(cache.get("fails", async () => Promise.reject(new Error("db down"))));
  assert.equal((await cache.get("fails", render(1))).byteLength, 1, "a failed render is not remembered");
});
