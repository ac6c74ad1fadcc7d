import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { LocalLink } from "@/components/ui/local-link";
import { PageErrorTextProvider } from "@/components/ui/page-error-text";
import { env } from "@/lib/env";
import { languageAlternates, requestPath } from "@/lib/i18n/alternates";
import { directionOf, isLocale } from "@/lib/i18n/locales";
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
    // The files are in public/ (robots.txt there too): the same for every language.
    icons: {
      icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/favicon.svg", type: "image/svg+xml" }],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
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
  const te = await getTranslations("errors");
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {/* No catalogue for the whole page: a part that needs words in the browser gets its own
            (the sign form, the workspace), so other pages send none. Links here are plain. */}
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <LocalLink href="/" className="brand">
              {t("siteName")}
            </LocalLink>
            <LanguageSwitcher current={locale} path={await requestPath()} label={t("language")} />
          </div>
        </header>
        <main id="main" className="container">
          <PageErrorTextProvider words={{ title: t("errorTitle"), apology: te("UNEXPECTED"), tryAgain: t("tryAgain") }}>
            {children}
          </PageErrorTextProvider>
        </main>
        <footer className="site-footer">
          <div className="container">
            <LocalLink href="/privacy">{t("privacy")}</LocalLink> · <LocalLink href="/coordinator">{t("coordinators")}</LocalLink>
          </div>
        </footer>
      </body>
    </html>
  );
}
