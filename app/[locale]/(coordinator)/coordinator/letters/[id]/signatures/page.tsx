import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { countryName } from "@/lib/countries";
import { reviewQueue } from "@/lib/moderation/queries";
import { reviewFilterSchema, type ReviewFilter } from "@/lib/moderation/schema";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { ReviewFilters } from "@/components/coordinator/review-filters";
import { ActionNotice } from "@/components/coordinator/action-notice";
import { ReviewTable } from "@/components/coordinator/review-table";
import { eraseAction, moderateAction, renameAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.moderation"))("title") });

// The filters travel with every post, so the queue comes back as it was.
function BackFields({ filter }: { filter: ReviewFilter }) {
  const entries = { status: filter.status, country: filter.country, orgType: filter.orgType, q: filter.q, page: String(filter.page) };
  return Object.entries(entries).map(([k, v]) => (v ? <input key={k} type="hidden" name={`back_${k}`} value={v} /> : null));
}

export default async function SignaturesPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const letter = await requireLetterAccess(id, `/coordinator/letters/${id}/signatures`);
  const filter = reviewFilterSchema.parse(query);
  const queue = await reviewQueue(letter, filter);
  const t = await getTranslations("coordinator.moderation");
  const ti = await getTranslations("import.queue");
  const locale = await getLocale();
  const base = `/coordinator/letters/${id}/signatures`;
  const pageHref = (page: number) => {
    const p = new URLSearchParams({ status: filter.status, page: String(page) });
    for (const k of ["country", "orgType", "q"] as const) if (filter[k]) p.set(k, filter[k]!);
    return `${base}?${p}`;
  };
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <LetterTabs letterId={id} current="signatures" />
      <ActionNotice params={query} />
      {query.notice === "added" && <p className="notice notice--ok" role="status">{ti("added")}</p>}
      {query.notice === "imported" && <p className="notice notice--ok" role="status">{ti("importedCount", { count: Number(query.changed) || 0 })}</p>}
      <p className="button-row">
        <Link href={`${base}/add`} className="button button--secondary">{ti("add")}</Link>
        <Link href={`${base}/import`} className="button button--secondary">{ti("import")}</Link>
      </p>
      <ReviewFilters base={base} filter={filter} counts={queue.counts}
        countries={queue.countries.map((code) => ({ code, name: countryName(code, locale) }))} />
      <p role="status">{t("results", { count: queue.total })}</p>

      <form id="moderate" action={moderateAction} className="stack">
        <input type="hidden" name="letterId" value={id} />
        <BackFields filter={filter} />
        <div className="field">
          <label htmlFor="reason">{t("reason")}</label>
          <span className="hint" id="reason-hint">{t("reasonHint")}</span>
          <textarea id="reason" name="reason" rows={2} maxLength={1000} aria-describedby="reason-hint" />
        </div>
        <div className="button-row">
          <button type="submit" name="decision" value="approve" className="button">{t("approveSelected")}</button>
          <button type="submit" name="decision" value="reject" className="button button--danger">{t("rejectSelected")}</button>
        </div>
        {queue.rows.length > 0 && <ReviewTable rows={queue.rows} formId="moderate" countryName={(c) => countryName(c, locale)} />}
      </form>

      {queue.rows.flatMap((r) =>
        (["rename", "erase"] as const).map((kind) => (
          <form key={`${kind}-${r.id}`} id={`${kind}-${r.id}`} action={kind === "rename" ? renameAction : eraseAction} hidden>
            <input type="hidden" name="letterId" value={id} />
            <input type="hidden" name="id" value={r.id} />
            <BackFields filter={filter} />
          </form>
        )),
      )}

      {queue.pageCount > 1 && (
        <nav className="pagination" aria-label={t("page", { page: filter.page, pages: queue.pageCount })}>
          {filter.page > 1 && <Link href={pageHref(filter.page - 1)}>{t("previous")}</Link>}
          <span>{t("page", { page: filter.page, pages: queue.pageCount })}</span>
          {filter.page < queue.pageCount && <Link href={pageHref(filter.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
