import "server-only";
import { db } from "@/lib/db";

/**
 * A signatory as the public sees it (the letter's page and the public exports): the organisation
 * under the name it is shown by, its country, type and website, and when it was approved; never a
 * person or an address.
 */
export type PublicSignatory = {
  id: string;
  name: string;
  country: string;
  orgType: string;
  website: string | null;
  approvedAt: Date | null;
};

/** What the letter's page lists: organisation and country (and type). */
export type ListedSignatory = Pick<PublicSignatory, "id" | "name" | "country" | "orgType">;

export const SIGNATORIES_PAGE_SIZE = 100;

/** One page of approved signatories, alphabetical, served by the (letterId, status, sortKey) index. */
export async function listApprovedSignatories(letterId: string, page: number): Promise<ListedSignatory[]> {
  const rows = await db.signature.findMany({
    where: { letterId, status: "approved" },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
    skip: (Math.max(1, page) - 1) * SIGNATORIES_PAGE_SIZE,
    take: SIGNATORIES_PAGE_SIZE,
    select: { id: true, orgName: true, displayName: true, country: true, orgType: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.displayName ?? r.orgName, country: r.country, orgType: r.orgType }));
}

/** What the confirm and withdraw pages show about the signature behind a token. */
export type TokenSignature = {
  orgName: string;
  country: string;
  orgType: string;
  website: string | null;
  status: string;
  letter: { slug: string; title: string; addressee: string; status: string; deadline: Date | null };
};
