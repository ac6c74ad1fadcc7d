import "server-only";
import { getTranslations } from "next-intl/server";
import type { KindWords } from "@/components/signing/signer-kind";

/** The sign form's words for the choice of kind and an individual's fields, in the page's language. */
export async function signerKindWords(): Promise<KindWords> {
  const t = await getTranslations("individuals");
  return {
    legend: t("signAs.legend"),
    asKind: { organisation: t("signAs.organisation"), individual: t("signAs.individual") },
    name: t("form.name"),
    affiliation: t("form.affiliation"),
    affiliationHint: t("form.affiliationHint"),
    consent: t("form.consent"),
    consentHint: t("form.consentHint"),
    fieldErrors: {
      orgName: { REQUIRED: t("form.nameRequired"), TOO_LONG: t("form.nameTooLong") },
      country: { REQUIRED: t("form.countryRequired") },
      consent: { REQUIRED: t("form.consentRequired") },
    },
  };
}
