import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { languageLabel, languageName } from "@/lib/i18n/language-name";
import { getLetterTranslations } from "@/lib/letters/queries";
import { ActionNotice, type ActionParams } from "@/components/coordinator/action-notice";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { TranslationForm } from "@/components/coordinator/translation-form";
import { Field } from "@/components/ui/field";
import { approveTranslationAction, deleteTranslationAction, saveTranslationAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.translations"))("title") });

type Search = ActionParams & { locale?: string };

/**
 * A letter's translations: one language at a time (chosen by plain links, so it works without
 * JavaScript), its translation form beside the authoritative text it translates.
 */
export default async function TranslationsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  await requireLetterAccess(id, `/coordinator/letters/${id}/translations`);
  const letter = await getLetterTranslations(id);
  if (!letter) notFound();
  const search = await searchParams;
  const workspace = await getLocale();
  const t = await getTranslations("coordinator");
  const name = (locale: Locale) => languageName(locale, workspace);
  const rows = letter.translations;
  // The language asked for, else the workspace's own, else the first one.
  const selected = rows.find((r) => r.locale === search.locale) ?? rows.find((r) => r.locale === workspace) ?? rows[0];
  const source = name(letter.language);
  const sourceText = { lang: letter.language, dir: directionOf(letter.language) };
  const tabUrl = `/coordinator/letters/${id}/translations`;
  const notice = search.notice === "translationApproved" ? t("translations.approved") : search.notice === "translationDeleted" ? t("translations.deleted") : null;

  return (
    <div className="stack">
      <h1>{t("translations.title")}: {letter.title}</h1>
      <LetterTabs letterId={id} current="translations" />
      <ActionNotice params={{ error: search.error, notice: search.notice }} />
      {notice && <p className="notice notice--ok" role="status">{notice}</p>}
      <p>{t("translations.intro", { language: source })}</p>

      <nav aria-label={t("translations.languages")}>
        <ul className="counts">
          {rows.map((row) => (
            <li key={row.locale} data-locale={row.locale} data-state={row.state}>
              <Link href={`${tabUrl}?locale=${row.locale}`} aria-current={row === selected ? "true" : undefined}>{languageLabel(row.locale, workspace)}</Link>{" "}
              <span className={`badge badge--translation-${row.state}`}>{t(`translations.state.${row.state}`)}</span>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="translation-heading" className="stack" data-locale={selected.locale}>
        <h2 id="translation-heading">{languageLabel(selected.locale, workspace)}</h2>
        {selected.state === "outdated" && (
          <div className="notice stack" role="status">
            <p><strong>{t("translations.outdated", { language: source })}</strong> {t("translations.outdatedHint")}</p>
            <form action={approveTranslationAction}>
              <input type="hidden" name="letterId" value={id} />
              <input type="hidden" name="locale" value={selected.locale} />
              <button type="submit" className="button button--secondary">{t("translations.approve")}</button>
            </form>
          </div>
        )}
        <div className="form-grid">
          <section aria-labelledby="source-heading" className="stack">
            <h3 id="source-heading">{t("translations.authoritative", { language: source })}</h3>
            <Field id="source-title" label={t("form.title")}>
              {() => <input id="source-title" type="text" readOnly value={letter.title} {...sourceText} />}
            </Field>
            <Field id="source-addressee" label={t("form.addressee")}>
              {() => <input id="source-addressee" type="text" readOnly value={letter.addressee} {...sourceText} />}
            </Field>
            <Field id="source-body" label={t("form.body")}>
              {() => <textarea id="source-body" rows={16} readOnly value={letter.body} {...sourceText} />}
            </Field>
          </section>
          <TranslationForm
            key={`${selected.locale}-${selected.translation?.updatedAt.toISOString() ?? "new"}`}
            action={saveTranslationAction}
            letterId={id}
            locale={selected.locale}
            heading={t("translations.translation", { language: name(selected.locale) })}
            initial={{ title: selected.translation?.title ?? "", addressee: selected.translation?.addressee ?? "", body: selected.translation?.body ?? "" }}
          />
        </div>
        {selected.translation && (
          <details className="erase">
            <summary>{t("translations.delete")}</summary>
            <p>{t("translations.deleteExplained", { language: name(selected.locale), source })}</p>
            <form action={deleteTranslationAction}>
              <input type="hidden" name="letterId" value={id} />
              <input type="hidden" name="locale" value={selected.locale} />
              <button type="submit" className="button button--danger">{t("translations.deleteConfirm", { language: name(selected.locale) })}</button>
            </form>
          </details>
        )}
      </section>
    </div>
  );
}
