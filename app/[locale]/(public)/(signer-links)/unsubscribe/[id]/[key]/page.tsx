import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pathIn } from "@/lib/i18n/locales";
import { lookUpUnsubscribe } from "@/lib/updates/queries";
import { unsubscribeSchema } from "@/lib/updates/schema";
import { unsubscribeAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("updates.unsubscribe"))("title") });

/**
 * The unsubscribe link of an update mail. Opening it changes nothing (mail scanners follow links):
 * the button does. Mail clients that offer their own button post to /api/unsubscribe instead (RFC 8058).
 */
export default async function UnsubscribePage({ params, searchParams }: {
  params: Promise<{ id: string; key: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { id, key } = await params;
  const [t, locale, search] = await Promise.all([getTranslations("updates.unsubscribe"), getLocale(), searchParams]);
  const link = unsubscribeSchema.safeParse({ signatureId: id, key });
  const found = link.success ? await lookUpUnsubscribe(id, key) : null;
  return (
    <section className="card stack" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{t("title")}</h1>
      {!found ? (
        <p className="notice notice--error" role="alert">{t("invalid")}</p>
      ) : found.wantsUpdates ? (
        <>
          <p>{t("question", { title: found.letter.title })}</p>
          <p>{t("explained")}</p>
          <form action={unsubscribeAction.bind(null, id, key)}>
            <button type="submit" className="button">{t("button")}</button>
          </form>
        </>
      ) : (
        <p className="notice notice--ok" role="status">{t(search.done ? "done" : "already", { title: found.letter.title })}</p>
      )}
      {found && <p><a href={pathIn(locale, `/letters/${found.letter.slug}`)}>{t("letterLink")}</a></p>}
    </section>
  );
}
