import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getSettings } from "@/lib/coordinators/settings";
import { localeNames, locales } from "@/lib/i18n/locales";
import { ActionNotice } from "@/components/coordinator/action-notice";
import { saveSettingsAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("digest.settings"))("title") });

/** A coordinator's own settings: the daily digest on or off, and the language of their mails. */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string; error?: string }> }) {
  const user = await requireUser("/coordinator/settings");
  const [settings, t, query] = await Promise.all([getSettings(user), getTranslations("digest.settings"), searchParams]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <ActionNotice params={{ error: query.error }} />
      {query.saved && !query.error && <p className="notice notice--ok" role="status">{t("saved")}</p>}
      <form action={saveSettingsAction} className="card stack" aria-labelledby="digest-legend">
        <fieldset className="stack">
          <legend id="digest-legend">{t("digestLegend")}</legend>
          <p data-digest-state>{t("state", { enabled: String(settings.digestEnabled) })}</p>
          <div className="checkbox">
            <input id="settings-digest" type="checkbox" name="digestEnabled" value="on" defaultChecked={settings.digestEnabled} aria-describedby="settings-digest-hint" />
            <label htmlFor="settings-digest">{t("digest")}</label>
          </div>
          <p className="hint" id="settings-digest-hint">{t("digestHint", { hour: env.DIGEST_HOUR_UTC })}</p>
        </fieldset>
        <div className="field">
          <label htmlFor="settings-locale">{t("locale")}</label>
          <select id="settings-locale" name="locale" defaultValue={settings.locale}>
            {locales.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
          </select>
        </div>
        <p><button type="submit" className="button">{t("save")}</button></p>
      </form>
    </div>
  );
}
