import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { pathIn } from "@/lib/i18n/locales";


/** The path in the language of the request being answered (a page or a server action). */
export async function localizedPath(path: string): Promise<string> {
  return pathIn(await getLocale(), path);
}

/**
 * redirect() for server actions and pages: stays in the language the reader is using. Next's own
 * redirect with the prefixed path (every address has its language, routing.ts): importing
 * next-intl's navigation here would put its client Link in the browser code of every page
 * whose server action redirects.
 */
export async function redirectTo(path: string): Promise<never> {
  redirect(pathIn(await getLocale(), path));
}
