import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("siteName"), template: `%s · ${t("siteName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: Next puts proxy.ts's per-request CSP nonce on its
  // scripts only then; a prerendered page's scripts would carry none and be blocked.
  await connection();
  // A plain string: the right-to-left check covers locales the catalogue does not have yet.
  const locale: string = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} dir={locale === "ar" ? "rtl" : "ltr"}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="brand">
              {t("siteName")}
            </Link>
          </div>
        </header>
        <main id="main" className="container">
          <NextIntlClientProvider messages={await clientMessages(["common", "errors", "signing", "orgTypes", "abuse"])}>
            {children}
          </NextIntlClientProvider>
        </main>
        <footer className="site-footer">
          <div className="container">
            <Link href="/privacy">{t("privacy")}</Link> · <Link href="/coordinator">{t("coordinators")}</Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
