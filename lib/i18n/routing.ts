import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/i18n/locales";

/**
 * Every page's address starts with its language (/fr/letters/<slug>), so a shared link opens in
 * the language it was shared in. proxy.ts sends unprefixed addresses (old links, "/") to the
 * reader's language; next-intl's own middleware is not used, so the proxy keeps one place for
 * headers and every redirect is built from APP_URL.
 */
export const routing = defineRouting({ locales, defaultLocale, localePrefix: "always" });
