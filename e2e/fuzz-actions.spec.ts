/**
 * The workspace's server actions as an attacker or a broken client with a valid session sees them:
 * 1,000 generated bad inputs (fast-check) spread over every coordinator and administrator action,
 * posted as raw HTTP form posts the way a browser without JavaScript posts them, with the right
 * person's session cookie. Every one is refused (a 4xx, or the form again with an error, or a
 * redirect carrying ?error=), none gets a 5xx, the database is exactly as before, and the
 * workspace still serves.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { LETTER_EVENTS } from "../lib/letters/status";
import { decodeEntities } from "../lib/testing/links";
import { multipart } from "../lib/testing/sign-over-http";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession, snapshot, type SeededUser } from "./support/coordinator-seed";

const base = () => test.info().project.use.baseURL!;
// Fewer runs while working on the spec: FUZZ_ACTION_RUNS=100.
const RUNS = Number(process.env.FUZZ_ACTION_RUNS ?? 1000);
const BATCH = 4;

/** Action id → exported name, from the build's manifest (the ids change with every build). */
function actionNames(): Map<string, string> {
  const dist = process.env.E2E_DIST_DIR ?? ".next-e2e";
  const manifest = JSON.parse(readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, { exportedName }]) => [id, exportedName]));
}

/**
 * The hidden fields that name and bind each form's server action on a page, by action name: a plain
 * form carries `$ACTION_ID_<id>`, a form with state (useActionState) `$ACTION_REF_n` and its bound
 * arguments.
 */
async function actionFields(url: string, user: SeededUser, names: Map<string, string>): Promise<Map<string, [string, string][]>> {
  const res = await fetch(`${base()}${url}`, { headers: { cookie: `${SESSION_COOKIE}=${user.sessionToken}` } });
  expect(res.status, url).toBe(200);
  const html = await res.text();
  const found = new Map<string, [string, string][]>();
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const fields: [string, string][] = [];
    for (const m of form.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/?>/g)) {
      fields.push([decodeEntities(m[1]), decodeEntities(m[2] ?? "")]);
    }
    const plain = fields.find(([n]) => n.startsWith("$ACTION_ID_"))?.[0].slice("$ACTION_ID_".length);
    const bound = fields.find(([n]) => /^\$ACTION_\d+:0$/.test(n))?.[1];
    const id = plain ?? (bound ? (JSON.parse(bound) as { id: string }).id : undefined);
    const name = id && names.get(id);
    if (name && !found.has(name)) found.set(name, fields);
  }
  return found;
}

// ---- bad values ----

const blank = fc.constantFrom("", " ", "\t\n ", "\u00a0\u2003");
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 400 }).map((n) => "é".repeat(n));
/** An id the schemas refuse: empty or over 40 characters. */
const badId = fc.oneof(fc.constant(""), fc.string({ minLength: 41, maxLength: 120 }));
const noise = fc.string({ maxLength: 60 });
const CONTROL = fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c));

type Ids = { letterId: string; slug: string; signatureId: string; otherLetterId: string; otherSignatureId: string; otherUserId: string };
type Fields = Record<string, string | string[]>;
type Attempt = { action: string; admin: boolean; fields: Fields };

/** A letter form with exactly one answer the schema refuses. */
const badLetterForm = (slug: string) => {
  const valid = { title: "Fuzzed title", slug, addressee: "Someone", body: "Text.", deadline: "", coordinators: "" };
  return fc.oneof(
    fc.oneof(blank, tooLong(200)).map((title) => ({ ...valid, title })),
    // A control character goes inside the slug, never at an end: the schema trims, so "abc\r" is a valid slug.
    fc.oneof(blank, fc.constantFrom("ab", "a--b", "-ab", "ab-", "a b c", "ä-öü", "a_b", "../x"), tooLong(80),
      fc.tuple(fc.string({ maxLength: 10 }), CONTROL).map(([s, c]) => `ab${c}c${s}`))
      .map((s) => ({ ...valid, slug: s })),
    fc.oneof(blank, tooLong(300)).map((addressee) => ({ ...valid, addressee })),
    blank.map((body) => ({ ...valid, body })),
    fc.constantFrom("tomorrow", "2026-13-45T99:99", "31/12/2026", "0000-00-00", "NaN", "2026-12-31T25:00").map((deadline) => ({ ...valid, deadline })),
    fc.integer({ min: 3001, max: 3600 }).map((n) => ({ ...valid, coordinators: "x".repeat(n) })),
  );
};

/** A response form with exactly one answer the schema refuses (lib/responses/schema.ts). */
const badResponseForm = () => {
  const valid = { responseId: "", receivedAt: "2026-11-20", author: "Secretary-General, ITU", body: "Thank you.", link: "", comment: "" };
  return fc.oneof(
    fc.oneof(blank, fc.constantFrom("2026-13-45", "20/11/2026", "yesterday", "2026-11-20T25:00")).map((receivedAt) => ({ ...valid, receivedAt })),
    fc.oneof(blank, tooLong(300)).map((author) => ({ ...valid, author })),
    blank.map((body) => ({ ...valid, body })),
    fc.constantFrom("javascript:alert(1)", "data:text/html,x", "ftp://example.org", "www.itu.int", "//evil.example", "http://").map((link) => ({ ...valid, link })),
    tooLong(20_000).map((comment) => ({ ...valid, comment })),
    fc.string({ minLength: 41, maxLength: 80 }).map((responseId) => ({ ...valid, responseId })),
  );
};
/** A delivery as the confirmation step posts it, save the figures. */
const validDelivery = { deliveredOn: "2026-11-02", recipient: "Office of the Secretary-General, ITU", method: "email", expectedVersion: "1" };

/** A signature added by hand, save the one bad answer. */
const validAdded = { orgName: "Fuzzed Org", country: "FR", orgType: "academic", contactName: "Someone", email: "fuzz-added@example.org", mode: "mail", note: "" };
/** A clean CSV of one row: an attempt breaks one other thing. */
const validCsv = "organisation,country,organisation_type,contact_name,email\nFuzzed Org,FR,academic,Someone,fuzz-imported@example.org\n";

/** One bad attempt at one action: invalid input, or a valid-looking one on a letter or signature not theirs. */
const attempts = (ids: Ids): fc.Arbitrary<Attempt> => {
  const coordinator = (action: string, fields: fc.Arbitrary<Fields>) => fields.map((f) => ({ action, admin: false, fields: f }));
  const admin = (action: string, fields: fc.Arbitrary<Fields>) => fields.map((f) => ({ action, admin: true, fields: f }));
  const notTheirLetter = fc.oneof(badId, fc.constant(ids.otherLetterId), fc.uuid());
  const badEvent = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("Publish", "open", "draft", "delete")).filter((e) => !(LETTER_EVENTS as readonly string[]).includes(e));
  return fc.oneof(
    coordinator("changeStatusAction", fc.oneof(
      badEvent.map((event) => ({ letterId: ids.letterId, event })),
      fc.tuple(notTheirLetter, fc.constantFrom(...LETTER_EVENTS)).map(([letterId, event]) => ({ letterId, event })),
    )),
    coordinator("updateLetterAction", fc.oneof(
      badLetterForm(ids.slug).map((form) => ({ ...form, letterId: ids.letterId })),
      notTheirLetter.map((letterId) => ({ title: "Hijacked", slug: ids.slug, addressee: "x", body: "y", deadline: "", coordinators: "", letterId })),
    )),
    coordinator("createLetterAction", badLetterForm("fuzzed-new-letter")),
    coordinator("saveResponseAction", fc.oneof(
      badResponseForm().map((form) => ({ ...form, letterId: ids.letterId })),
      notTheirLetter.map((letterId) => ({ responseId: "", receivedAt: "2026-11-20", author: "Hijacked", body: "Hijacked.", link: "", comment: "", letterId })),
      fc.uuid().map((responseId) => ({ responseId, receivedAt: "2026-11-20", author: "Hijacked", body: "Hijacked.", link: "", comment: "", letterId: ids.letterId })),
    )),
    coordinator("moderateAction", fc.oneof(
      fc.tuple(fc.string({ maxLength: 12 }).filter((d) => d !== "approve" && d !== "reject"), fc.boolean())
        .map(([decision, single]): Fields => (single ? { letterId: ids.letterId, single: `${decision}:${ids.signatureId}` } : { letterId: ids.letterId, decision, ids: [ids.signatureId] })),
      fc.constantFrom("approve", "reject").map((decision) => ({ letterId: ids.letterId, decision, ids: [] as string[] })),
      badId.filter((id) => id !== "").map((id) => ({ letterId: ids.letterId, decision: "approve", ids: [ids.signatureId, id] })),
      fc.constant({ letterId: ids.letterId, decision: "reject", ids: Array.from({ length: 501 }, () => ids.signatureId) }),
      tooLong(1000).map((reason) => ({ letterId: ids.letterId, decision: "reject", ids: [ids.signatureId], reason })),
      fc.tuple(notTheirLetter, fc.constantFrom("approve", "reject")).map(([letterId, decision]) => ({ letterId, decision, ids: [ids.signatureId] })),
      fc.constantFrom("approve", "reject").map((decision) => ({ letterId: ids.otherLetterId, decision, ids: [ids.otherSignatureId] })),
    )),
    coordinator("renameAction", fc.oneof(
      tooLong(200).map((displayName) => ({ letterId: ids.letterId, id: ids.signatureId, displayName })),
      fc.tuple(badId, noise).map(([id, displayName]) => ({ letterId: ids.letterId, id, displayName })),
      fc.tuple(notTheirLetter, noise).map(([letterId, displayName]) => ({ letterId, id: ids.signatureId, displayName })),
      noise.map((displayName) => ({ letterId: ids.otherLetterId, id: ids.otherSignatureId, displayName })),
    )),
    coordinator("eraseAction", fc.oneof(
      badId.map((id) => ({ letterId: ids.letterId, id })),
      notTheirLetter.map((letterId) => ({ letterId, id: ids.signatureId })),
      fc.constant({ letterId: ids.otherLetterId, id: ids.otherSignatureId }),
    )),
    coordinator("recordDeliveryAction", fc.oneof(
      // One answer the schema refuses, or figures the confirmation step never showed (the letter has no approved signature).
      fc.oneof(
        fc.oneof(blank, tooLong(300)).map((recipient) => ({ recipient })),
        fc.constantFrom("", "tomorrow", "2026-13-45", "31/12/2026", "2999-01-01").map((deliveredOn) => ({ deliveredOn })),
        fc.constantFrom("", "pigeon", "EMAIL").map((method) => ({ method })),
        tooLong(500).map((note) => ({ note })),
        fc.constantFrom("-1", "x", "", "999").map((expectedCount) => ({ expectedCount })),
        fc.constantFrom("0", "x", "2").map((expectedVersion) => ({ expectedVersion })),
      ).map((bad): Fields => ({ ...validDelivery, expectedCount: "999", ...bad, letterId: ids.letterId })),
      notTheirLetter.map((letterId) => ({ ...validDelivery, expectedCount: "1", letterId })),
    )),
    coordinator("addSignatureAction", fc.oneof(
      fc.oneof(
        fc.oneof(blank, tooLong(200)).map((orgName) => ({ orgName })),
        fc.constantFrom("", "XX", "fr", "France", "ZZZ").map((country) => ({ country })),
        fc.constantFrom("", "ngo", "CIVIL_SOCIETY").map((orgType) => ({ orgType })),
        fc.constantFrom("", "nope", "a@", "a b@example.org").map((email) => ({ email })),
        fc.constantFrom("", "both", "letter").map((mode) => ({ mode })),
        fc.constant({ mode: "confirmed", note: " " }),
        tooLong(200).map((note) => ({ note })),
        fc.constantFrom("xx", "english", "EN-GB").map((language) => ({ language })),
        fc.constantFrom("person", "org").map((kind) => ({ kind })),
      ).map((bad): Fields => ({ ...validAdded, ...bad, letterId: ids.letterId })),
      notTheirLetter.map((letterId) => ({ ...validAdded, letterId })),
    )),
    coordinator("importSignaturesAction", fc.oneof(
      fc.oneof(
        blank.map((csvText) => ({ csvText })),
        fc.integer({ min: 48 * 1024 + 1, max: 48 * 1024 + 400 }).map((n) => ({ csvText: validCsv + "x".repeat(n) })),
        fc.constantFrom("", "both", "letter").map((mode) => ({ mode })),
        fc.constant({ mode: "confirmed", note: "" }),
        tooLong(200).map((note) => ({ note })),
        fc.constantFrom("commit", "IMPORT", "delete").map((intent) => ({ intent })),
      ).map((bad): Fields => ({ csvText: validCsv, mode: "mail", note: "", intent: "import", ...bad, letterId: ids.letterId })),
      notTheirLetter.map((letterId) => ({ csvText: validCsv, mode: "mail", note: "", intent: "import", letterId })),
    )),
    admin("inviteAction", fc.oneof(
      fc.oneof(blank, fc.constantFrom("nope", "a@", "@example.org", "a b@example.org", "a@@b.org", "<script>@x.org"), fc.string({ maxLength: 30 }).filter((s) => !s.includes("@")), tooLong(254).map((s) => `${s}@example.org`))
        .map((email) => ({ email, letterIds: [ids.letterId] })),
      badId.filter((id) => id !== "").map((id) => ({ email: "fuzz-invitee@example.org", letterIds: [id] })),
      fc.constant({ email: "fuzz-invitee@example.org", letterIds: Array.from({ length: 201 }, () => ids.letterId) }),
    )),
    ...(["assignAction", "unassignAction"] as const).map((action) => admin(action, fc.oneof(
      badId.map((userId) => ({ userId, letterId: ids.letterId })),
      badId.map((letterId) => ({ userId: ids.otherUserId, letterId })),
    ))),
    coordinator("saveSettingsAction", fc.oneof(
      fc.oneof(blank, fc.constantFrom("1", "true", "yes", "ON", "of"), noise.filter((v) => v !== "on" && v !== "off")).map((digestEnabled) => ({ digestEnabled, locale: "fr" })),
      fc.oneof(blank, fc.constantFrom("de", "EN", "en-GB", "xx"), noise.filter((v) => !["ar", "zh", "en", "fr", "ru", "es"].includes(v))).map((locale) => ({ digestEnabled: "off", locale })),
    )),
    admin("setAccessAction", fc.tuple(badId, fc.constantFrom("0", "1", "", "yes")).map(([userId, disabled]) => ({ userId, disabled }))),
  );
};

/** Answers of an action that refused: a 4xx before the app, the form again with its errors, or back with ?error=. */
function expectRefused(attempt: Attempt, res: { status: number; location: string | null; body: string }) {
  const what = `${attempt.action} ${JSON.stringify(attempt.fields).slice(0, 300)}`;
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 300 && res.status < 400) expect(res.location ?? "", what).toMatch(/[?&]error=[A-Z_]+/);
  // The form again: its state (sent along for the next submission) names what was wrong.
  else if (res.status === 200) expect(/"(fieldErrors|formError)":/.test(res.body.replace(/\\"/g, '"')), what).toBe(true);
}

test("1,000 generated bad inputs to the workspace's actions are refused; nothing changes; the workspace keeps serving", async () => {
  test.setTimeout(240_000);
  const admin = await seedUserWithSession("admin");
  const right = await seedUserWithSession("coordinator");
  const other = await seedUserWithSession("coordinator");
  const mine = await seedLetterWithSignature(right.id);
  const theirs = await seedLetterWithSignature(other.id);
  const ids: Ids = {
    letterId: mine.letter.id, slug: mine.letter.slug, signatureId: mine.signature.id,
    otherLetterId: theirs.letter.id, otherSignatureId: theirs.signature.id, otherUserId: other.id,
  };

  const names = actionNames();
  // Each action is posted to the page that renders its form (Next finds an action through its page),
  // in a language: a post to a bare address is not redirected and never reaches an action.
  const forms = new Map<string, { url: string; fields: [string, string][] }>();
  const pages: [string, SeededUser][] = [
    [`/en/coordinator/letters/${ids.letterId}`, right], [`/en/coordinator/letters/${ids.letterId}/edit`, right],
    [`/en/coordinator/letters/${ids.letterId}/signatures?status=all`, right],
    [`/en/coordinator/letters/${ids.letterId}/signatures/add`, right], [`/en/coordinator/letters/${ids.letterId}/signatures/import`, right], [`/en/coordinator/letters/${ids.letterId}/responses`, right], ["/en/coordinator/letters/new", right], ["/en/coordinator/people", admin], ["/en/coordinator/settings", right],
    [`/en/coordinator/letters/${ids.letterId}/deliveries/new?review=1&recipient=x&method=email&deliveredOn=2026-11-02`, right],
  ];
  for (const [url, user] of pages) for (const [name, fields] of await actionFields(url, user, names)) if (!forms.has(name)) forms.set(name, { url, fields });

  const before = await snapshot();
  const counts = new Map<string, number>();
  const statuses = new Map<number, number>();
  const started = Date.now();
  /** Posts one attempt as the right person and checks the answer. */
  async function post(attempt: Attempt, extra: [string, string] | null) {
    const form = forms.get(attempt.action);
    expect(form, `${attempt.action} has a form on its page`).toBeDefined();
    const answers: [string, string][] = Object.entries(attempt.fields).flatMap(([name, value]) =>
      Array.isArray(value) ? value.map((v): [string, string] => [name, v]) : [[name, value]]);
    // A stray field (or a second copy of one) must not turn a refusal into an acceptance.
    if (extra) answers.push(extra);
    const { body, contentType } = multipart([...form!.fields, ...answers]);
    const res = await fetch(`${base()}${form!.url}`, {
      method: "POST",
      body: new Uint8Array(body),
      redirect: "manual",
      headers: { Origin: base(), "Content-Type": contentType, cookie: `${SESSION_COOKIE}=${(attempt.admin ? admin : right).sessionToken}` },
    });
    const answer = { status: res.status, location: res.headers.get("location"), body: await res.text() };
    counts.set(attempt.action, (counts.get(attempt.action) ?? 0) + 1);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    expectRefused(attempt, answer);
  }

  // Four posts at a time (a browser's tabs would do the same), 250 runs: 1,000 inputs in all.
  const extra = fc.option(fc.tuple(fc.constantFrom("extra", "letterId", "$ACTION_KEY"), noise));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(attempts(ids), extra), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      await Promise.all(batch.map(([attempt, stray]) => post(attempt, stray)));
    }),
    { numRuns: RUNS / BATCH },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  expect(await snapshot(), "the database is exactly as before").toBe(before);
  expect([...counts.keys()].sort()).toEqual([...forms.keys()].filter((n) => !["requestSignIn", "signOutAction"].includes(n)).sort());
  const page = await fetch(`${base()}/en/coordinator/letters/${ids.letterId}`, { headers: { cookie: `${SESSION_COOKIE}=${right.sessionToken}` } });
  expect(page.status, "the workspace still serves").toBe(200);
  // Refused by the actions themselves (the form again, or back with ?error=), not only at the door.
  expect((statuses.get(200) ?? 0) + (statuses.get(303) ?? 0), "inputs that reached an action").toBeGreaterThan(0);
  console.info(`[property] ${RUNS} bad action inputs in ${seconds}s, per action: ${JSON.stringify(Object.fromEntries(counts))}, statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
});
