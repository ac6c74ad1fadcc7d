import type { Metadata } from "next";
import { redirectTo } from "@/lib/i18n/localized";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/coordinator/sign-in-form";
import { requestSignIn } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("auth"))("signInTitle") });

const ERRORS = { Verification: "errorVerification", AccessDenied: "errorAccessDenied" } as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { error, email, callbackUrl } = await searchParams;
  if (await getCurrentUser()) return redirectTo("/coordinator");
  const t = await getTranslations("auth");
  const errorKey = error ? (ERRORS[error as keyof typeof ERRORS] ?? "errorDefault") : null;
  return (
    <div className="stack" style={{ maxWidth: "32rem" }}>
      <h1>{t("signInTitle")}</h1>
      <p>{t("signInIntro")}</p>
      {errorKey && <p className="notice notice--error" role="alert">{t(errorKey)}</p>}
      <SignInForm action={requestSignIn} defaultEmail={email ?? ""} callbackUrl={callbackUrl ?? ""} />
    </div>
  );
}
