/**
 * Seeds for the coordinator workspace's integration tests: each call makes unique rows, so tests
 * run in any order on one database. Test-only; imported by *.test.ts files.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/users";
import { emailColumns, nameColumns } from "@/lib/signatures/normalise";

const uid = () => randomUUID().slice(0, 8);

export async function seedUser(role: "admin" | "coordinator" = "coordinator"): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: `${role}-${uid()}@example.org`, role } });
  return { id: user.id, email: user.email, role };
}

export async function seedLetter(options: { status?: string; coordinator?: CurrentUser; version?: number } = {}) {
  const slug = `letter-${uid()}`;
  const version = options.version ?? 1;
  const text = { title: `Letter ${slug}`, addressee: "The Minister", body: "Dear Minister,\n\nPlease." };
  const letter = await db.letter.create({
    data: {
      slug, ...text, status: options.status ?? "open", version,
      versions: { create: { version, ...text } },
      ...(options.coordinator ? { coordinatorsOf: { create: { userId: options.coordinator.id } } } : {}),
    },
  });
  return letter;
}

export async function seedSignature(letterId: string, options: Partial<{
  orgName: string; status: string; email: string; website: string | null; country: string; orgType: string;
  confirmedAt: Date; letterVersion: number | null;
}> = {}) {
  const orgName = options.orgName ?? `Org ${uid()}`;
  const email = options.email ?? `contact-${uid()}@example.org`;
  const status = options.status ?? "confirmed";
  return db.signature.create({
    data: {
      letterId, orgName, ...nameColumns(orgName),
      country: options.country ?? "DE", orgType: options.orgType ?? "civil_society", website: options.website ?? null,
      contactName: "Sam Signer", ...emailColumns(email),
      status,
      confirmedAt: status === "pending_confirmation" ? null : (options.confirmedAt ?? new Date()),
      letterVersion: status === "pending_confirmation" ? null : (options.letterVersion === undefined ? 1 : options.letterVersion),
    },
  });
}
