import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { countryOptions } from "@/lib/countries";
import { languageLabel } from "@/lib/i18n/language-name";
import { locales, localeOr } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { letterForAddPages } from "@/lib/import/queries";
import { kindsOf } from "@/lib/signatures/kinds";
import { ORG_TYPES } from "@/lib/signatures/org-types";
import { AddSignatureForm } from "@/components/coordinator/add-signature-form";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { addSignatureAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("import.add"))("title") });

/** A coordinator adds one signature that arrived by email, on paper or at a meeting. */
export default async function AddSignaturePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireLetterAccess(id, `/coordinator/letters/${id}/signatures/add`);
  const letter = await letterForAddPages(access);
  const locale = await getLocale();
  const t = await getTranslations("import");
  const orgTypes = await getTranslations("orgTypes");
  return (
    <div className="stack">
      <h1>{t("add.title")}</h1>
      <LetterTabs letterId={id} />
      <p>{t("add.intro")}</p>
      <p><Link href={`/coordinator/letters/${id}/signatures/import`}>{t("queue.import")}</Link></p>
      <AddSignatureForm
        action={addSignatureAction}
        letterId={id}
        countries={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        orgTypes={ORG_TYPES.map((o) => ({ value: o, label: orgTypes(o) }))}
        kinds={kindsOf(letter.signerKinds).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        languages={locales.map((l) => ({ value: l, label: languageLabel(l, locale) }))}
        letterLanguage={localeOr(letter.language)}
      />
    </div>
  );
}
