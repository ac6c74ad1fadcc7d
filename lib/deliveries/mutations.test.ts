// Deliveries on the test database (both, with TEST_DB=postgresql): a delivery freezes the texts, the
// list and the PDF with their SHA-256; nothing later changes it; a supplement delivers only newcomers.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { authorizeLetter, type AuthorizedLetter } from "@/lib/auth/access";
import { sha256Hex, parseCanonicalList } from "@/lib/deliveries/canonical";
import { recordDelivery } from "@/lib/deliveries/mutations";
import { deliveriesMatching, deliveredPdf, deliveryPreview, getPublicDelivery } from "@/lib/deliveries/queries";
import { deliveryConfirmSchema } from "@/lib/deliveries/schema";
import { saveTranslation } from "@/lib/letters/translations";
import { moderateSignatures, renameSignature } from "@/lib/moderation/mutations";
import { signLetter } from "@/lib/signatures/mutations";
import { signatureSchema } from "@/lib/signatures/schema";
import { listApprovedSignatories } from "@/lib/signatures/queries";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser, uniqueEmail } from "@/lib/testing/seed";

/** A sign form's answers for `orgName`. */
const answers = (orgName: string) => signatureSchema.parse({ orgName, country: "IN", orgType: "civil_society", contactName: "Gia Signer", email: uniqueEmail(), consent: true });

/** The form as the confirmation step posts it, with the figures the step showed. */
async function confirmed(access: AuthorizedLetter, over: Record<string, string> = {}) {
  const preview = (await deliveryPreview(access))!;
  return deliveryConfirmSchema.parse({
    deliveredOn: "2026-11-02", recipient: "Office of the Secretary-General, ITU", method: "email", reference: "SG/2026/117",
    note: "Handed over by Ana; acknowledged by phone.", expectedVersion: String(preview.version), expectedCount: String(preview.count), ...over,
  });
}

async function deliveredLetter() {
  const me = await seedUser(db);
  const letter = await seedLetter(db, {
    coordinatorId: me.id, title: "Keep the Internet open",
    signatures: [
      { orgName: "Zeta Network", status: "approved", country: "FR", email: "zeta@private.example", contactName: "Zoé Private" },
      { orgName: "Alpha Institute", status: "approved", country: "KE", website: "https://alpha.example" },
      { orgName: "Beta Union", status: "approved", country: "BR", orgType: "trade_union" },
      { orgName: "Waiting Org", status: "confirmed" },
      { orgName: "Rejected Org", status: "rejected" },
    ],
  });
  const access = await authorized(letter.id, me);
  return { me, letter, access };
}

test("recording a delivery freezes the texts, the list, the PDF and their SHA-256, delivers the letter and audits it", async () => {
  const { letter, access } = await deliveredLetter();
  assert.ok((await saveTranslation(access, { locale: "fr", title: "Gardez Internet ouvert", addressee: "Secrétaire général de l'UIT", body: "Nous demandons…" })).ok);
  const result = await recordDelivery(access, await confirmed(access, { endorsementsOpen: "1" }));
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.sequence, 1);
  assert.equal(result.signatoryCount, 3);

  const row = await db.delivery.findUniqueOrThrow({ where: { letterId_sequence: { letterId: letter.id, sequence: 1 } } });
  assert.equal(Buffer.from(row.pdf).subarray(0, 5).toString("latin1"), "%PDF-");
  assert.equal(row.pdfSha256, sha256Hex(row.pdf), "the PDF's hash is of the stored bytes");
  assert.equal(row.listSha256, sha256Hex(row.signatories), "the list's hash is of the stored canonical text");
  assert.deepEqual(parseCanonicalList(row.signatories).map((e) => e.name), ["Alpha Institute", "Beta Union", "Zeta Network"], "public list order");
  assert.ok(!/private\.example|Zoé Private|Waiting Org|Rejected Org/.test(row.signatories), "approved signatories' public fields only");
  const texts = JSON.parse(row.texts);
  assert.equal(texts.title, "Keep the Internet open");
  assert.equal(texts.version, letter.version);
  assert.deepEqual(texts.translations.map((t: { locale: string }) => t.locale), ["fr"]);
  assert.equal(row.recipient, "Office of the Secretary-General, ITU");
  assert.equal(row.deliveredAt.toISOString(), "2026-11-02T00:00:00.000Z");

  const after = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
  assert.equal(after.status, "delivered");
  assert.equal(after.deliveredAt?.toISOString(), "2026-11-02T00:00:00.000Z");
  assert.equal(after.endorsementsOpen, true);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { letterId: letter.id, action: "letter.deliver" } });
  assert.deepEqual({ sequence: JSON.parse(audit.details).sequence, pdf: JSON.parse(audit.details).pdfSha256 }, { sequence: 1, pdf: row.pdfSha256 });

  // The public side: the snapshot and the PDF come from the row, and the coordinators' note stays off.
  const shown = (await getPublicDelivery(letter.slug, 1))!;
  assert.equal(shown.delivery.signatoryCount, 3);
  assert.ok(!("note" in shown.delivery) && !JSON.stringify(shown).includes("Handed over"), "the note is for coordinators");
  assert.deepEqual(Buffer.from((await deliveredPdf(letter.slug, 1))!), Buffer.from(row.pdf));
  assert.deepEqual(await deliveriesMatching(letter.id, row.pdfSha256), [{ sequence: 1, what: "pdf" }]);
  assert.deepEqual(await deliveriesMatching(letter.id, row.listSha256), [{ sequence: 1, what: "list" }]);
  assert.deepEqual(await deliveriesMatching(letter.id, sha256Hex("something else")), []);
});

test("nothing delivered changes: a later rejection or typo fix changes the live list, not the snapshot or its hashes", async () => {
  const { letter, access } = await deliveredLetter();
  assert.ok((await recordDelivery(access, await confirmed(access, { endorsementsOpen: "1" }))).ok);
  const before = await db.delivery.findUniqueOrThrow({ where: { letterId_sequence: { letterId: letter.id, sequence: 1 } } });
  const [zeta, alpha] = await Promise.all(["Zeta Network", "Alpha Institute"].map((orgName) => db.signature.findFirstOrThrow({ where: { letterId: letter.id, orgName } })));

  assert.deepEqual((await moderateSignatures(access, { decision: "reject", ids: [zeta.id], reason: null })).changed, [zeta.id]);
  assert.ok((await renameSignature(access, { id: alpha.id, displayName: "Alpha Institut (typo fixed)" })).ok);
  const live = await listApprovedSignatories(letter.id, 1);
  assert.deepEqual(live.map((s) => s.name), ["Alpha Institut (typo fixed)", "Beta Union"], "the live list moved");

  const after = await db.delivery.findUniqueOrThrow({ where: { id: before.id } });
  assert.equal(after.signatories, before.signatories);
  assert.equal(after.pdfSha256, before.pdfSha256);
  assert.equal(after.listSha256, before.listSha256);
  assert.equal(sha256Hex(after.pdf), before.pdfSha256, "the stored PDF is the same bytes");
  const shown = (await getPublicDelivery(letter.slug, 1))!;
  assert.deepEqual(shown.signatories.map((s) => s.name), ["Alpha Institute", "Beta Union", "Zeta Network"]);
  assert.equal(shown.delivery.listSha256, before.listSha256);
});

test("kept open for endorsements, a delivered letter takes signatures; a supplement delivers only the newcomers", async () => {
  const { letter, access } = await deliveredLetter();
  assert.ok((await recordDelivery(access, await confirmed(access, { endorsementsOpen: "1" }))).ok);
  // Nothing new yet: no supplement to record.
  assert.equal((await deliveryPreview(access))!.count, 0);
  assert.deepEqual(await recordDelivery(access, await confirmed(access)), { ok: false, code: "INVALID_TRANSITION" });

  const signed = await signLetter(letter.slug, answers("Gamma Endorsers"));
  assert.deepEqual(signed, { ok: true }, "a delivered letter open for endorsements is signable");
  const gamma = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, orgName: "Gamma Endorsers" } });
  await db.signature.update({ where: { id: gamma.id }, data: { status: "confirmed", confirmedAt: new Date(), letterVersion: letter.version } });
  await moderateSignatures(access, { decision: "approve", ids: [gamma.id], reason: null });
  await seedSignature(db, letter.id, { orgName: "Delta Forum", status: "approved", country: "DE" });

  const supplement = await recordDelivery(access, await confirmed(access, { deliveredOn: "2026-11-20", endorsementsOpen: "" }));
  assert.ok(supplement.ok, JSON.stringify(supplement));
  assert.equal(supplement.sequence, 2);
  const row = await db.delivery.findUniqueOrThrow({ where: { letterId_sequence: { letterId: letter.id, sequence: 2 } } });
  assert.deepEqual(parseCanonicalList(row.signatories).map((e) => e.name), ["Delta Forum", "Gamma Endorsers"]);
  assert.equal(row.signatoryCount, 2);
  const after = await db.letter.findUniqueOrThrow({ where: { id: letter.id } });
  assert.equal(after.status, "delivered");
  assert.equal(after.deliveredAt?.toISOString(), "2026-11-02T00:00:00.000Z", "the letter keeps its first delivery's date");
  assert.equal(after.endorsementsOpen, false);

  // Endorsements closed: the letter no longer takes signatures.
  const late = await signLetter(letter.slug, answers("Too Late"));
  assert.deepEqual(late, { ok: false, code: "LETTER_CLOSED" });
  // A PDF of the first delivery is told apart from the supplement's.
  const first = await db.delivery.findUniqueOrThrow({ where: { letterId_sequence: { letterId: letter.id, sequence: 1 } } });
  assert.deepEqual(await deliveriesMatching(letter.id, first.pdfSha256), [{ sequence: 1, what: "pdf" }]);
});

test("nothing is written when the list changed since the confirmation step, or the letter cannot be delivered", async () => {
  const { letter, access } = await deliveredLetter();
  const reviewed = await confirmed(access);
  await seedSignature(db, letter.id, { status: "approved" });
  assert.deepEqual(await recordDelivery(access, reviewed), { ok: false, code: "SNAPSHOT_CHANGED" });
  assert.equal(await db.delivery.count({ where: { letterId: letter.id } }), 0);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).status, "open");

  const draft = await seedLetter(db, { status: "draft" });
  const draftAccess = await authorized(draft.id);
  assert.deepEqual(await recordDelivery(draftAccess, await confirmed(draftAccess)), { ok: false, code: "INVALID_TRANSITION" });
  assert.equal(await db.delivery.count({ where: { letterId: draft.id } }), 0);
});

test("a coordinator of another letter cannot record its delivery, and a delivered letter without endorsements is not signable", async () => {
  const { letter, access } = await deliveredLetter();
  const other = await seedUser(db);
  await seedLetter(db, { coordinatorId: other.id });
  // The one way to recordDelivery is an AuthorizedLetter, which the access rule refuses them (the action answers NOT_FOUND).
  assert.equal(await authorizeLetter(other, letter.id), null);
  assert.ok((await recordDelivery(access, await confirmed(access))).ok);
  assert.deepEqual(
    await signLetter(letter.slug, answers("After")),
    { ok: false, code: "LETTER_CLOSED" },
  );
});
