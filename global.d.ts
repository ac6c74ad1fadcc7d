import type { Locale as AppLocale } from "@/lib/i18n/locales";

/**
 * The message catalogue's shape, for the type checker: every `t("...")` key is checked against the
 * English files, one namespace per file of messages/en (the same split i18n/messages.ts loads).
 * A new file there needs its line here.
 */
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: {
      abuse: typeof import("./messages/en/abuse.json");
      atRisk: typeof import("./messages/en/atRisk.json");
      auth: typeof import("./messages/en/auth.json");
      breadth: typeof import("./messages/en/breadth.json");
      common: typeof import("./messages/en/common.json");
      coordinator: typeof import("./messages/en/coordinator.json");
      embed: typeof import("./messages/en/embed.json");
      errors: typeof import("./messages/en/errors.json");
      export: typeof import("./messages/en/export.json");
      founding: typeof import("./messages/en/founding.json");
      letters: typeof import("./messages/en/letters.json");
      mail: typeof import("./messages/en/mail.json");
      orgTypes: typeof import("./messages/en/orgTypes.json");
      privacy: typeof import("./messages/en/privacy.json");
      response: typeof import("./messages/en/response.json");
      signing: typeof import("./messages/en/signing.json");
      statistics: typeof import("./messages/en/statistics.json");
      tiers: typeof import("./messages/en/tiers.json");
      updates: typeof import("./messages/en/updates.json");
      delivery: typeof import("./messages/en/delivery.json");
      digest: typeof import("./messages/en/digest.json");
      import: typeof import("./messages/en/import.json");
      individuals: typeof import("./messages/en/individuals.json");
    };
  }
}
