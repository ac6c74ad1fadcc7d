import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { pathIn } from "@/lib/i18n/locales";


/** The path in the language of the request being answered (a page or a server action). */
export async function localizedPath(path: string): Promise<string> {
  return pathIn(await getLocale(), path);
}

/** redirect() for server actions and pages: stays in the language the reader is using. */
export async function redirectTo(path: string): Promise<never> {
  return redirect({ href: path, locale: await getLocale() });
}
