import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction } from "./signin/actions";
import "./coordinator.css";

/** The workspace and its sign-in pages are never indexed by search engines. */
export const metadata: Metadata = { robots: { index: false } };

/** The workspace bar: who is signed in, where they can go, and signing out. */
export default async function CoordinatorLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const t = await getTranslations("coordinator");
  const ta = await getTranslations("auth");
  const ts = await getTranslations("digest.settings");
  // Around the bar too: its localized Links read the language from the provider.
  return (
    <NextIntlClientProvider messages={await clientMessages(["common", "errors", "coordinator", "auth", "response", "import", "individuals"])}>
      <div className="workspace">
        {user && (
          <nav className="workspace-bar" aria-label={t("workspace")}>
            <ul>
              <li><Link href="/coordinator">{t("nav.letters")}</Link></li>
              {user.role === "admin" && <li><Link href="/coordinator/people">{t("nav.people")}</Link></li>}
              <li><Link href="/coordinator/settings">{ts("nav")}</Link></li>
            </ul>
            <form action={signOutAction} className="workspace-bar__user">
              <span className="muted">{ta("signedInAs", { email: user.email })} · {t(`roles.${user.role}`)}</span>
              <button type="submit" className="button button--secondary button--small">{ta("signOut")}</button>
            </form>
          </nav>
        )}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
