import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { env } from "@/lib/env";
import { clientMessages } from "@/lib/i18n/client-messages";
import { languageAlternates, requestPath } from "@/lib/i18n/alternates";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
    alternates: languageAlternates(locale, await requestPath()),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // Every page is rendered per request: Next puts proxy.ts's per-request CSP nonce on its
  // scripts only then; a prerendered page's scripts would carry none and be blocked.
  await connection();
  const t = await getTranslations("common");
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {/* Around the whole page: the localized Link reads the language from it, in the header too. */}
        <NextIntlClientProvider messages={await clientMessages(["common", "errors", "signing", "orgTypes", "abuse"])}>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="brand">
              {t("siteName")}
            </Link>
            <LanguageSwitcher current={locale} path={await requestPath()} label={t("language")} />
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <Link href="/privacy">{t("privacy")}</Link> · <Link href="/coordinator">{t("coordinators")}</Link>
          </div>
        </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
