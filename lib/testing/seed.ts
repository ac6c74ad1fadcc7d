/**
 * Test data written straight into a database: users, sessions, letters and signatures. The one
 * place rows are made by hand for the node tests, the browser tests (e2e/support) and the
 * benchmarks, so a seeded row looks like one the app wrote (keys beside names and addresses,
 * the approved counter, the letter's version).
 *
 * Every function takes the database as its first argument: node tests pass lib/db's client,
 * the browser tests the app's (appDb in e2e/support/seed.ts), the benchmarks their own. Nothing
 * here imports a client, so importing this module never reads the environment. Each call makes
 * unique slugs and addresses, so tests run in any order on one database.
 *
 * Relative imports only: Playwright loads this file too.
 */
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "../auth/queries";
import type { Db } from "../db";
import { emailColumns, nameColumns } from "../signatures/normalise";

/** A short random tag for unique names, slugs and addresses. */
export const uniqueId = () => randomUUID().slice(0, 8);

/** An address nobody else in the database has, so "one signature per email" never collides. */
export const uniqueEmail = (prefix = "signer") => `${prefix}-${uniqueId()}@example.org`;

/** A user with a unique address. */
export async function seedUser(db: Db, role: "admin" | "coordinator" = "coordinator"): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: uniqueEmail(role), role } });
  return { id: user.id, email: user.email, role };
}

/** A database session for the user, live for a day (or, with expired, ended a minute ago); returns its token. */
export async function seedSession(db: Db, userId: string, options: { expired?: boolean } = {}): Promise<string> {
  const sessionToken = randomUUID();
  const expires = new Date(Date.now() + (options.expired ? -60_000 : 86_400_000));
  await db.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}

export type SignatureSeed = Partial<{
  orgName: string;
  displayName: string | null;
  country: string;
  orgType: string;
  website: string | null;
  contactName: string;
  email: string;
  role: string | null;
  comment: string | null;
  /** pending_confirmation | confirmed (the default) | approved | rejected | withdrawn */
  status: string;
  createdAt: Date;
  confirmedAt: Date;
  /** The version the signer confirmed: 1 unless given (null is kept); none while unconfirmed. */
  letterVersion: number | null;
  /** initial | signatory (the column's default) | endorsement */
  tier: string;
  /** A signer at risk (lib/signatures/at-risk.ts). */
  hideName: boolean;
  hideCountry: boolean;
  /** organisation (the default) | individual; an individual's name is orgName. */
  kind: string;
  affiliation: string | null;
}>;

export type LetterSeed = Partial<{
  slug: string;
  title: string;
  addressee: string;
  body: string;
  /** open (the default), draft, closed, delivered */
  status: string;
  /** Now, unless the letter is a draft. */
  publishedAt: Date | null;
  deadline: Date | null;
  version: number;
  /** A user who coordinates the letter. */
  coordinatorId: string;
  /** Written in bulk with the letter; the approved counter counts the approved ones. */
  signatures: SignatureSeed[];
  /** organisations (the default) | individuals | both */
  signerKinds: string;
}>;

const CHUNK = 500;

/**
 * A letter with its current version's text, and any signatures given (thousands are fine: they
 * are inserted in batches). Returns the letter row, its approved counter included.
 */
export async function seedLetter(db: Db, options: LetterSeed = {}) {
  const slug = options.slug ?? `letter-${uniqueId()}`;
  const status = options.status ?? "open";
  const version = options.version ?? 1;
  const text = {
    title: options.title ?? `Letter ${slug}`,
    addressee: options.addressee ?? "The Minister of Digital Affairs",
    body: options.body ?? "Dear Minister,\n\nWe, the **undersigned organisations**, ask you to keep the internet open.\n",
  };
  const signatures = options.signatures ?? [];
  const letter = await db.letter.create({
    data: {
      slug,
      ...text,
      status,
      version,
      publishedAt: options.publishedAt !== undefined ? options.publishedAt : status === "draft" ? null : new Date(),
      deadline: options.deadline ?? null,
      approvedCount: signatures.filter(isApproved).length,
      ...(options.signerKinds ? { signerKinds: options.signerKinds } : {}),
      versions: { create: { version, ...text } },
      ...(options.coordinatorId ? { coordinatorsOf: { create: { userId: options.coordinatorId } } } : {}),
    },
  });
  const run = uniqueId();
  const rows = signatures.map((seed, i) => signatureRow(letter.id, seed, `${run}-${i}`));
  for (let i = 0; i < rows.length; i += CHUNK) await db.signature.createMany({ data: rows.slice(i, i + CHUNK) });
  return letter;
}

/** One signature on the letter; an approved one is counted on the letter, as moderation does. */
export async function seedSignature(db: Db, letterId: string, seed: SignatureSeed = {}) {
  const data = signatureRow(letterId, seed, uniqueId());
  if (!isApproved(seed)) return db.signature.create({ data });
  const [signature] = await db.$transaction([
    db.signature.create({ data }),
    db.letter.update({ where: { id: letterId }, data: { approvedCount: { increment: 1 } } }),
  ]);
  return signature;
}

const isApproved = (seed: SignatureSeed) => seed.status === "approved";

/** The row the app would hold for this signature; `tag` makes the default name and address unique. */
function signatureRow(letterId: string, seed: SignatureSeed, tag: string) {
  const orgName = seed.orgName ?? `Org ${tag}`;
  const status = seed.status ?? "confirmed";
  const confirmed = status !== "pending_confirmation";
  const now = new Date();
  return {
    letterId,
    orgName,
    displayName: seed.displayName ?? null,
    ...nameColumns(seed.displayName ?? orgName),
    country: seed.country ?? "DE",
    orgType: seed.orgType ?? "civil_society",
    website: seed.website ?? null,
    contactName: seed.contactName ?? "Sam Signer",
    ...emailColumns(seed.email ?? `signer-${tag}@example.org`),
    role: seed.role ?? null,
    comment: seed.comment ?? null,
    status,
    ...(seed.createdAt ? { createdAt: seed.createdAt } : {}),
    confirmedAt: confirmed ? (seed.confirmedAt ?? now) : null,
    letterVersion: confirmed ? (seed.letterVersion === undefined ? 1 : seed.letterVersion) : null,
    reviewedAt: status === "approved" || status === "rejected" ? now : null,
    withdrawnAt: status === "withdrawn" ? now : null,
    ...(seed.tier ? { tier: seed.tier } : {}),
    ...(seed.hideName ? { hideName: true, hideCountry: seed.hideCountry === true } : {}),
    ...(seed.kind ? { kind: seed.kind } : {}),
    ...(seed.affiliation ? { affiliation: seed.affiliation } : {}),
  };
}

/** One approved organisation per script signatories use, with the country each is from. */
export const MIXED_SCRIPT_SIGNATORIES = [
  { orgName: "Marília Instituto", country: "BR", orgType: "academic", status: "approved" },
  { orgName: "Côte d'Ivoire Digital Rights", country: "CI", orgType: "civil_society", status: "approved" },
  { orgName: "Роскомсвобода", country: "RU", orgType: "civil_society", status: "approved" },
  { orgName: "Ομάδα Ψηφιακών Δικαιωμάτων", country: "GR", orgType: "technical", status: "approved" },
  { orgName: "中国互联网观察", country: "CN", orgType: "other", status: "approved" },
  { orgName: "منظمة الحقوق الرقمية", country: "EG", orgType: "trade_union", status: "approved" },
] satisfies SignatureSeed[];

/**
 * Approved signers at risk (lib/signatures/at-risk.ts): counted, never named in public, the second
 * not located either. Their names would sort first and last, so a list that put them in their
 * alphabetical place shows it; no other seed uses their countries, websites or "Belarus".
 */
export const AT_RISK_SIGNATORIES = [
  { orgName: "Aardvark Hidden Defenders", country: "KE", website: "https://aardvark-hidden.example", status: "approved", hideName: true },
  { orgName: "Zyzzyva Secret Collective", country: "BY", website: "https://zyzzyva-secret.example", status: "approved", hideName: true, hideCountry: true },
] satisfies SignatureSeed[];

/** What of AT_RISK_SIGNATORIES must never appear in a public output (names, websites, the hidden country's name). */
export const AT_RISK_SECRETS = ["Aardvark Hidden", "Zyzzyva Secret", "aardvark-hidden.example", "zyzzyva-secret.example", "Belarus"];

/** Signatures that must never be public, each in one of the non-approved statuses. */
export const NON_PUBLIC_SIGNATORIES = [
  { orgName: "Unconfirmed Signatory Org", country: "FR", status: "pending_confirmation" },
  { orgName: "Confirmed Awaiting Review Org", country: "FR", status: "confirmed" },
  { orgName: "Rejected Signatory Org", country: "DE", status: "rejected" },
  { orgName: "Withdrawn Signatory Org", country: "KE", status: "withdrawn" },
] satisfies SignatureSeed[];
