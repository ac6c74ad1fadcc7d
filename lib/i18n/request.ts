import "server-only";
import { getRequestConfig } from "next-intl/server";
import { localeOr } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// The language comes from the address (/fr/…), which proxy.ts passes on; requests outside the
// localized pages (route handlers under /api) speak the default language. The catalogue is split
// per area (messages/<locale>/<area>.json) so that each part of the app owns its strings.
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = localeOr(await requestLocale);
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
