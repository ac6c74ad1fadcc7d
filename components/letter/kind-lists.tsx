import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SignatoryList } from "@/components/letter/signatory-list";
import type { KindList } from "@/lib/signatures/kind-lists";

type Props = {
  lists: KindList[];
  pageSize: number;
  basePath: string;
  /** The breadth summary, shown under the counts. */
  summary: ReactNode;
  /** The organisations counted but not named (signers at risk), after the last page of their list. */
  unnamed?: ReactNode;
};

/**
 * A letter that takes individuals (or did, or still lists organisations it no longer takes): the
 * counts, then one list per kind, "Organisations (N)" then "Individuals (M)", each with its own
 * pages (`?page=`, `?ipage=`) and its tiers within it.
 */
export function KindLists({ lists, pageSize, basePath, summary, unnamed }: Props) {
  const t = useTranslations("individuals.lists");
  const letters = useTranslations("letters");
  // A link to another page of one list keeps the page the reader is on in the other.
  const href = (param: string, n: number) => {
    const query = new URLSearchParams();
    for (const l of lists) {
      const page = l.param === param ? n : l.page;
      if (page > 1) query.set(l.param, String(page));
    }
    const search = query.toString();
    return `${basePath}${search ? `?${search}` : ""}#signatories-${param === "page" ? lists[0].kind : "individual"}`;
  };
  return (
    <>
      {lists.map((l) => (
        <p className="count" key={l.kind} data-count={l.kind}>
          {l.kind === "individual" ? t("individualCount", { count: l.total }) : letters("signatoryCount", { count: l.total })}
        </p>
      ))}
      {summary}
      {lists.map((l) => (
        <section key={l.kind} id={`signatories-${l.kind}`} className="signatory-kind" data-kind={l.kind} aria-labelledby={`kind-${l.kind}`}>
          <h3 id={`kind-${l.kind}`}>{l.kind === "individual" ? t("individuals", { count: l.total }) : t("organisations", { count: l.total })}</h3>
          <SignatoryList sections={l.sections} tiers={l.tiers} total={l.total} page={l.page} pageSize={pageSize} basePath={basePath}
            pageHref={(n) => href(l.param, n)} tierHeading="h4" listLabel={l.kind === "individual" ? t("individualsLabel") : t("organisationsLabel")} />
          {l.kind === "organisation" && l.page >= Math.ceil(l.total / pageSize) && unnamed}
        </section>
      ))}
    </>
  );
}
