import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries";
import { unnamedGroups } from "@/lib/signatures/queries";

/**
 * After the list's last page: the signatories counted but not named in public
 * (lib/signatures/at-risk.ts), summed up by the country they let the public see, those who hid it
 * too on a line of their own. Never a name. Nothing while there are none.
 */
export async function UnnamedSignatories({ letterId }: { letterId: string }) {
  const groups = await unnamedGroups(letterId);
  if (groups.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("atRisk.list"), getLocale()]);
  return (
    <section aria-labelledby="unnamed-heading" className="unnamed-signatories" data-unnamed>
      <h3 id="unnamed-heading">{t("heading")}</h3>
      <p className="muted">{t("intro")}</p>
      <ul>
        {groups.map((g) => (
          <li key={g.country ?? ""}>
            {g.country ? t("fromCountry", { count: g.count, country: countryName(g.country, locale) }) : t("noCountry", { count: g.count })}
          </li>
        ))}
      </ul>
    </section>
  );
}
