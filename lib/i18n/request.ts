import "server-only";
import { getRequestConfig } from "next-intl/server";
import { loadMessages, defaultLocale } from "@/lib/i18n/messages";

// English only for now; the catalogue is split per area (messages/<locale>/<area>.json)
// so that each part of the app owns its strings.
export default getRequestConfig(async () => ({
  locale: defaultLocale,
  messages: await loadMessages(defaultLocale),
  timeZone: "UTC",
}));
