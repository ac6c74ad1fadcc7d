import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/language-name";
import { isOrgType } from "@/lib/signatures/org-types";
import { canTransition, parseSignatureStatus } from "@/lib/signatures/status";
import type { ReviewHints as Hints } from "@/lib/moderation/queries";
import { ReviewHints } from "@/components/coordinator/review-hints";
import { TableHead } from "@/components/ui/table-head";
import { AtRiskMarker } from "@/components/coordinator/at-risk-marker";

export type ReviewRow = {
  id: string; orgName: string; displayName: string | null; country: string; orgType: string; website: string | null;
  contactName: string; email: string; role: string | null; comment: string | null; status: string;
  rejectionReason: string | null; confirmedAt: Date | null; letterVersion: number | null; erasedAt: Date | null; hints: Hints;
  /** The language the signer used, and that of the text they read (null: recorded before languages were). */
  locale: string; textLocale: string | null;
  /** web, or how a coordinator added it (manual | import), with their note of the source. */
  source: string; sourceNote: string | null;
  /** A signer at risk: not named (nor located) in public (lib/signatures/at-risk.ts). */
  hideName?: boolean; hideCountry?: boolean;
  /** organisation | individual (their name is orgName), and the affiliation an individual gave for identification only. */
  kind: string; affiliation: string | null;
};

type Props = {
  rows: ReviewRow[];
  countryName: (code: string) => string;
  /** Id of the moderation form the checkboxes and row buttons belong to. */
  formId: string;
};

/**
 * The queue. Checkboxes and row buttons belong to the moderation form; each name field belongs to
 * its own rename form (rendered outside the table, linked with the form attribute, since forms
 * cannot nest).
 */
export async function ReviewTable({ rows, countryName, formId }: Props) {
  const t = await getTranslations("coordinator");
  const ti = await getTranslations("import.queue");
  const orgTypes = await getTranslations("orgTypes");
  const people = await getTranslations("individuals");
  const format = await getFormatter();
  // Languages named in the reader's own interface language ("French", « anglais »).
  const workspace = await getLocale();
  return (
    <table className="queue">
      <TableHead columns={[
        <span key="select" className="visually-hidden">{t("moderation.select", { name: "" })}</span>,
        t("moderation.organisation"), t("moderation.contact"), t("moderation.confirmedAt"), t("moderation.hints"), t("moderation.actions"),
      ]} />
      <tbody>
        {rows.map((r) => {
          const shown = r.displayName ?? r.orgName;
          return (
            <tr key={r.id} data-signature-id={r.id} data-kind={r.kind}>
              <td>
                <input type="checkbox" name="ids" value={r.id} form={formId} id={`select-${r.id}`}
                  aria-label={t("moderation.select", { name: shown })} />
              </td>
              <td>
                <strong><bdi>{shown}</bdi></strong>
                {r.displayName && <div className="muted">{t("moderation.typed", { name: r.orgName })}</div>}
                {/* An individual signs as a person: the kind in place of an organisation type, and their affiliation. */}
                <div className="muted">{countryName(r.country)} · {r.kind === "individual" ? people("kind.individual") : isOrgType(r.orgType) ? orgTypes(r.orgType) : r.orgType}</div>
                {r.affiliation && <div className="muted" data-affiliation><bdi>{r.affiliation}</bdi> ({people("lists.identification")})</div>}
                {r.website && <div className="muted">{r.website}</div>}
                {(r.source === "manual" || r.source === "import") && (
                  <div className="muted" data-source={r.source}>
                    {r.source === "manual"
                      ? (r.sourceNote ? ti("addedBy", { note: r.sourceNote }) : ti("addedByNoNote"))
                      : (r.sourceNote ? ti("imported", { note: r.sourceNote }) : ti("importedNoNote"))}
                  </div>
                )}
                <AtRiskMarker hideName={r.hideName} hideCountry={r.hideCountry} />
                <div className="rename">
                  <label className="visually-hidden" htmlFor={`name-${r.id}`}>{t("moderation.rename")}</label>
                  <input id={`name-${r.id}`} name="displayName" dir="auto" form={`rename-${r.id}`} defaultValue={shown} />
                  <button type="submit" form={`rename-${r.id}`} className="button button--secondary button--small">
                    {t("moderation.renameSave")}
                  </button>
                </div>
              </td>
              <td>
                {r.erasedAt ? (
                  <div className="muted">{t("moderation.erased")}</div>
                ) : (
                  <>
                    <div>{r.contactName}{r.role ? `, ${r.role}` : ""}</div>
                    <div className="muted">{r.email}</div>
                    {r.comment && <div>“{r.comment}”</div>}
                    {/* A disclosure, not a dialog: the second step works without JavaScript. */}
                    <details className="erase">
                      <summary>{t("moderation.erase")}</summary>
                      <p>{t("moderation.eraseExplained")}</p>
                      <button type="submit" form={`erase-${r.id}`} className="button button--danger button--small"
                        aria-label={`${t("moderation.eraseConfirm")}: ${shown}`}>{t("moderation.eraseConfirm")}</button>
                    </details>
                  </>
                )}
              </td>
              <td>
                {r.confirmedAt ? <time dateTime={r.confirmedAt.toISOString()}>{format.dateTime(r.confirmedAt, { dateStyle: "medium", timeStyle: "short" })}</time> : "—"}
                {r.letterVersion !== null && <div className="muted">{t("moderation.version", { version: r.letterVersion })}</div>}
                <div className="muted" data-language={r.locale}>{t("moderation.language", { language: languageName(r.locale, workspace) })}</div>
                {r.textLocale && r.textLocale !== r.locale && (
                  <div className="muted" data-text-language={r.textLocale}>{t("moderation.textLanguage", { language: languageName(r.textLocale, workspace) })}</div>
                )}
                <div><span className="badge">{t(`signatureStatus.${parseSignatureStatus(r.status)}`)}</span></div>
                {r.rejectionReason && <div className="muted">{t("moderation.rejectedBecause", { reason: r.rejectionReason })}</div>}
              </td>
              <td><ReviewHints hints={r.hints} hasWebsite={Boolean(r.website)} /></td>
              <td>
                <div className="button-row">
                  {canTransition(r.status, "approve") && (
                    <button type="submit" form={formId} name="single" value={`approve:${r.id}`} className="button button--small"
                      aria-label={`${t("moderation.approve")}: ${shown}`}>{t("moderation.approve")}</button>
                  )}
                  {canTransition(r.status, "reject") && (
                    <button type="submit" form={formId} name="single" value={`reject:${r.id}`} className="button button--danger button--small"
                      aria-label={`${t("moderation.reject")}: ${shown}`}>{t("moderation.reject")}</button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
