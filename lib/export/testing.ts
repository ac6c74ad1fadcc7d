import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { emailColumns, nameColumns } from "@/lib/signatures/normalise";

/** Seeding for the export tests and the benchmark (never imported by the app). */
export type SeedSignature = {
  orgName: string;
  country: string;
  status?: string;
  orgType?: string;
  displayName?: string | null;
  website?: string | null;
  contactName?: string;
  email?: string;
  role?: string | null;
  comment?: string | null;
};

export type SeedLetter = { slug?: string; status?: string; title?: string; addressee?: string; body?: string };

const CHUNK = 500;

/** A letter with the given signatures; each gets a unique email so tests never collide. */
export async function seedLetter(db: Db, letter: SeedLetter, signatures: SeedSignature[]) {
  const slug = letter.slug ?? `export-${randomUUID().slice(0, 8)}`;
  const created = await db.letter.create({
    data: {
      slug,
      title: letter.title ?? "An open letter",
      addressee: letter.addressee ?? "The Secretary-General",
      body: letter.body ?? "We, the undersigned organisations, write to you.",
      status: letter.status ?? "open",
      publishedAt: new Date(),
      approvedCount: signatures.filter((s) => (s.status ?? "approved") === "approved").length,
    },
  });
  const now = new Date();
  const rows = signatures.map((s, i) => {
    const email = s.email ?? `signer-${i}-${randomUUID().slice(0, 8)}@example.org`;
    const status = s.status ?? "approved";
    const name = s.displayName ?? s.orgName;
    return {
      letterId: created.id,
      orgName: s.orgName,
      displayName: s.displayName ?? null,
      ...nameColumns(name),
      country: s.country,
      orgType: s.orgType ?? "civil_society",
      website: s.website ?? null,
      contactName: s.contactName ?? `Contact ${i}`,
      ...emailColumns(email),
      role: s.role ?? null,
      comment: s.comment ?? null,
      status,
      letterVersion: status === "pending_confirmation" ? null : 1,
      confirmedAt: status === "pending_confirmation" ? null : now,
      reviewedAt: status === "approved" || status === "rejected" ? now : null,
      withdrawnAt: status === "withdrawn" ? now : null,
    };
  });
  for (let i = 0; i < rows.length; i += CHUNK) await db.signature.createMany({ data: rows.slice(i, i + CHUNK) });
  return created;
}

/** One approved organisation per script signatories use, with the country each is from. */
export const MIXED_SCRIPT_SIGNATORIES: SeedSignature[] = [
  { orgName: "Marília Instituto", country: "BR", orgType: "academic" },
  { orgName: "Côte d'Ivoire Digital Rights", country: "CI", orgType: "civil_society" },
  { orgName: "Роскомсвобода", country: "RU", orgType: "civil_society" },
  { orgName: "Ομάδα Ψηφιακών Δικαιωμάτων", country: "GR", orgType: "technical" },
  { orgName: "中国互联网观察", country: "CN", orgType: "other" },
  { orgName: "منظمة الحقوق الرقمية", country: "EG", orgType: "trade_union" },
];

/** Signatures that must never be public, each in one of the non-approved statuses. */
export const NON_PUBLIC_SIGNATORIES: SeedSignature[] = [
  { orgName: "Unconfirmed Signatory Org", country: "FR", status: "pending_confirmation" },
  { orgName: "Confirmed Awaiting Review Org", country: "FR", status: "confirmed" },
  { orgName: "Rejected Signatory Org", country: "DE", status: "rejected" },
  { orgName: "Withdrawn Signatory Org", country: "KE", status: "withdrawn" },
];
