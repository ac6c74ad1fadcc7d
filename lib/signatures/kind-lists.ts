import "server-only";
import { listPage } from "@/lib/letters/list-page";
import type { Breadth } from "@/lib/signatures/breadth";
import { INDIVIDUALS_PAGE_PARAM, type SignatureKind } from "@/lib/signatures/kinds";
import { approvedListPage, type ApprovedListPage } from "@/lib/signatures/queries";

/** One kind's list on a letter's page: its count, which of its pages is shown, and that page's rows by tier. */
export type KindList = ApprovedListPage & { kind: SignatureKind; total: number; page: number; param: string };

/** The query parameter of a kind's pages: `page` for the first list, `ipage` for individuals beside organisations. */
export const pageParamOf = (kind: SignatureKind, kinds: readonly SignatureKind[]): string =>
  kind === "individual" && kinds.length > 1 ? INDIVIDUALS_PAGE_PARAM : "page";

/**
 * The page of each kind's list a reader asked for (`?page=` for organisations, `?ipage=` for
 * individuals), each read from its own page starts (lib/signatures/page-starts.ts, per kind), so
 * the two lists page on their own and neither costs more for being deep.
 */
export async function kindListPages(letterId: string, kinds: readonly SignatureKind[], breadth: Breadth, asked: (param: string) => string | null | undefined): Promise<KindList[]> {
  return Promise.all(kinds.map(async (kind) => {
    const total = kind === "individual" ? breadth.individuals.total : breadth.total;
    const param = pageParamOf(kind, kinds);
    const { page } = listPage(asked(param), total);
    return { kind, total, page, param, ...(await approvedListPage(letterId, page, undefined, kind)) };
  }));
}
