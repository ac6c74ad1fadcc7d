import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { pathIn, type Locale } from "@/lib/i18n/locales";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

/**
 * A link to a page in the reader's language, rendered on the server as a plain `<a>`: public pages
 * send no router or next-intl code to the browser for their links (a click loads the next page).
 */
export function LocalLink({ href, ...rest }: Props) {
  return <a href={pathIn(useLocale() as Locale, href)} {...rest} />;
}
