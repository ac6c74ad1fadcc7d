import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { ERROR_CODES, type ErrorCode } from "@/lib/errors";
import { ORG_TYPES, type OrgType } from "@/lib/signatures/org-types";
import type { SignatureField } from "@/lib/signatures/schema";
import { SIGN_FORM_ORDER } from "@/components/signing/sign-form-state";
import type { AtRiskFormWords } from "@/components/signing/at-risk-fields";

/**
 * Every word the sign form and its anti-abuse fields may show, in the page's language, worked out
 * on the server: the letter page sends these strings instead of a catalogue and next-intl's
 * formatter, so its browser code stays small.
 */
export type SignFormWords = {
  fields: Record<(typeof SIGN_FORM_ORDER)[number], string>;
  /** The opt-in to updates about the letter (updates.json "signing"). */
  updates: { label: string; hint: string };
  hints: { website: string; private: string; email: string; comment: string; consent: string };
  choose: string;
  submit: string;
  submitting: string;
  checking: string;
  checkingStatus: string;
  /** "There are problems with N answers:", for N = 1 … every field (index N - 1). */
  errorSummary: string[];
  orgTypes: Record<OrgType, string>;
  /** Every code's text ("errors"), for a failure above the form or a field the form does not word itself. */
  errors: Record<ErrorCode, string>;
  /** The form's own wording of a code for one of its fields (signing.json "fieldErrors"), where it has one. */
  fieldErrors: Partial<Record<SignatureField, Partial<Record<ErrorCode, string>>>>;
  abuse: { honeypot: string; widget: Record<(typeof WIDGET_STRINGS)[number], string> };
  /** Signers at risk (atRisk.json "form"). */
  atRisk: AtRiskFormWords;
};

/** What the widget can show with a logo, footer and code challenges switched off; the rest stays altcha's English. */
export const WIDGET_STRINGS = ["label", "loading", "verifying", "verified", "waitAlert", "verificationRequired", "error", "expired"] as const;

export async function signFormWords(): Promise<SignFormWords> {
  const [t, own, general, orgTypes, abuse, messages, updates, atRisk] = await Promise.all([
    getTranslations("signing"),
    getTranslations("signing.fieldErrors"),
    getTranslations("errors"),
    getTranslations("orgTypes"),
    getTranslations("abuse"),
    getMessages(),
    getTranslations("updates.signing"),
    getTranslations("atRisk.form"),
  ]);
  const wording: Partial<Record<string, Partial<Record<string, string>>>> = messages.signing.fieldErrors;
  type OwnKey = Parameters<typeof own>[0];
  const isOwn = (key: string): key is OwnKey => {
    const [field, code] = key.split(".");
    return wording[field]?.[code] !== undefined;
  };
  const fieldErrors: SignFormWords["fieldErrors"] = {};
  for (const field of SIGN_FORM_ORDER) {
    for (const code of ERROR_CODES) {
      const key = `${field}.${code}`;
      if (isOwn(key)) (fieldErrors[field] ??= {})[code] = own(key);
    }
  }
  const each = <K extends string>(keys: readonly K[], text: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;
  return {
    fields: each(SIGN_FORM_ORDER, (field) => t(`fields.${field}`)),
    hints: each(["website", "private", "email", "comment", "consent"] as const, (hint) => t(`hints.${hint}`)),
    updates: { label: updates("label"), hint: updates("hint") },
    choose: t("choose"),
    submit: t("submit"),
    submitting: t("submitting"),
    checking: t("checking"),
    checkingStatus: t("checkingStatus"),
    errorSummary: SIGN_FORM_ORDER.map((_, i) => t("errorSummary", { count: i + 1 })),
    orgTypes: each(ORG_TYPES, (type) => orgTypes(type)),
    errors: each(ERROR_CODES, (code) => general(code)),
    fieldErrors,
    abuse: { honeypot: abuse("honeypot"), widget: each(WIDGET_STRINGS, (key) => abuse(`widget.${key}`)) },
    atRisk: each(["legend", "hideName", "hideNameHint", "hideCountry", "hideCountryHint"] as const, (key) => atRisk(key)),
  };
}
