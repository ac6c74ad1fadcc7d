import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/ui/local-link";
import { countryName } from "@/lib/countries";
import { parseSha256 } from "@/lib/deliveries/canonical";
import { deliveriesMatching, getPublicDelivery } from "@/lib/deliveries/queries";
import { DELIVERY_METHODS } from "@/lib/deliveries/schema";
import { VERIFY_UPLOAD_LIMIT } from "@/lib/deliveries/verify";
import { directionOf, localeOr, pathIn, type Locale } from "@/lib/i18n/locales";
import { languageName } from "@/lib/i18n/language-name";
import { isOrgType } from "@/lib/signatures/org-types";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 200;
const TIERS = ["initial", "signatory", "endorsement"] as const;

type Props = {
  params: Promise<{ slug: string; sequence: string }>;
  searchParams: Promise<{ page?: string; sha256?: string; checked?: string; problem?: string }>;
};

const sequenceOf = (value: string): number | null => (/^[1-9]\d{0,5}$/.test(value) ? Number(value) : null);

async function load(params: Props["params"]) {
  const { slug, sequence } = await params;
  const n = sequenceOf(sequence);
  return n === null ? null : getPublicDelivery(slug, n);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  return { title: (await getTranslations("delivery.page"))("title", { sequence: found.delivery.sequence, title: found.text.title }) };
}

/** What a SHA-256 a reader gave matches among this letter's deliveries, in words. */
async function Verdict({ letterId, slug, sequence, search }: { letterId: string; slug: string; sequence: number; search: Awaited<Props["searchParams"]> }) {
  const t = await getTranslations("delivery.verify");
  if (search.problem === "tooLarge" || search.problem === "noFile" || search.problem === "malformed") {
    return <p className="notice notice--error" role="alert" data-verdict="problem">{t(`problem.${search.problem}`)}</p>;
  }
  if (search.sha256 === undefined) return null;
  const hash = parseSha256(search.sha256);
  if (!hash) return <p className="notice notice--error" role="alert" data-verdict="invalid">{t("invalid")}</p>;
  const matches = await deliveriesMatching(letterId, hash);
  const here = matches.find((m) => m.sequence === sequence);
  const other = matches.find((m) => m.sequence !== sequence);
  const checked = <p className="hash-line">{t(search.checked === "file" ? "fileHash" : "givenHash")} <code dir="ltr">{hash}</code></p>;
  if (here) {
    return (
      <div className="notice notice--ok" role="status" data-verdict="match">
        <p><strong>{t(here.what === "pdf" ? "matchPdf" : "matchList", { sequence })}</strong></p>
        {checked}
      </div>
    );
  }
  if (other) {
    return (
      <div className="notice" role="status" data-verdict="other">
        <p>
          <strong>{t(other.what === "pdf" ? "otherPdf" : "otherList", { sequence: other.sequence })}</strong>{" "}
          <LocalLink href={`/letters/${slug}/deliveries/${other.sequence}`}>{t("otherLink", { sequence: other.sequence })}</LocalLink>
        </p>
        {checked}
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="status" data-verdict="none">
      <p><strong>{t("noMatch")}</strong></p>
      {checked}
    </div>
  );
}

/**
 * The public record of one delivery of a letter: when, to whom, how, which text, the signatories
 * delivered, the PDF as sent and the SHA-256 of it and of the list, and a check for a PDF or a
 * hash a reader holds. Everything comes from the delivery's row; the coordinators' note stays off.
 */
export default async function DeliveryPage({ params, searchParams }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { letter, delivery, text, signatories } = found;
  const search = await searchParams;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("delivery");
  const tl = await getTranslations("letters");
  const orgTypes = await getTranslations("orgTypes");
  // A signer not named in public has an empty name in the record (lib/signatures/at-risk.ts).
  const unnamed = await getTranslations("atRisk.unnamed");
  const format = await getFormatter();
  const base = `/letters/${letter.slug}/deliveries/${delivery.sequence}`;
  const pages = Math.max(1, Math.ceil(signatories.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(search.page ?? "1", 10) || 1));
  const shown = signatories.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const own = { lang: text.language, dir: directionOf(localeOr(text.language)) };
  const method = (DELIVERY_METHODS as readonly string[]).includes(delivery.method) ? t(`methods.${delivery.method as (typeof DELIVERY_METHODS)[number]}`) : delivery.method;

  return (
    <article className="stack">
      <p><LocalLink href={`/letters/${letter.slug}`}>{t("page.back")}</LocalLink></p>
      <h1>
        {t(delivery.sequence === 1 ? "page.heading" : "page.supplementHeading", { sequence: delivery.sequence })}{" "}
        <span {...own}>{text.title}</span>
      </h1>
      <p>{t("page.intro")}</p>

      <dl className="letter-meta">
        <div><dt>{t("page.date")}</dt><dd>{format.dateTime(delivery.deliveredAt, { dateStyle: "long", timeZone: "UTC" })}</dd></div>
        <div><dt>{t("page.recipient")}</dt><dd>{delivery.recipient}</dd></div>
        <div><dt>{t("page.method")}</dt><dd>{method}</dd></div>
        {delivery.reference && <div><dt>{t("page.reference")}</dt><dd>{delivery.reference}</dd></div>}
        <div>
          <dt>{t("page.text")}</dt>
          <dd>
            {t("page.version", { version: delivery.letterVersion })}
            {text.translations.length > 0 && <> {t("page.translations", { languages: text.translations.map((l) => languageName(localeOr(l), locale)).join(", ") })}</>}
          </dd>
        </div>
        <div><dt>{t("page.count")}</dt><dd data-count>{format.number(delivery.signatoryCount)}</dd></div>
      </dl>
      {delivery.sequence > 1 && <p className="muted">{t("page.supplementNote")}</p>}

      <section aria-labelledby="pdf-heading" className="stack">
        <h2 id="pdf-heading">{t("page.pdfHeading")}</h2>
        <p><LocalLink href={`${base}/letter.pdf`} download>{t("page.pdf")}</LocalLink></p>
        <dl className="hashes">
          <div><dt>{t("page.pdfHash")}</dt><dd><code dir="ltr" data-hash="pdf">{delivery.pdfSha256}</code></dd></div>
          <div><dt>{t("page.listHash")}</dt><dd><code dir="ltr" data-hash="list">{delivery.listSha256}</code></dd></div>
        </dl>
        <p className="muted">{t("page.hashHelp")}</p>
      </section>

      <section aria-labelledby="verify-heading" id="verify" className="card stack">
        <h2 id="verify-heading">{t("verify.heading")}</h2>
        <p>{t("verify.intro")}</p>
        <Verdict letterId={letter.id} slug={letter.slug} sequence={delivery.sequence} search={search} />
        <form method="post" encType="multipart/form-data"
          action={`/api/deliveries/verify?${new URLSearchParams({ locale, slug: letter.slug, sequence: String(delivery.sequence) })}`}>
          <div className="field">
            <label htmlFor="verify-file">{t("verify.file")}</label>
            <span className="hint" id="verify-file-hint">{t("verify.fileHint", { size: VERIFY_UPLOAD_LIMIT / (1024 * 1024) })}</span>
            <input id="verify-file" type="file" name="file" accept="application/pdf,.pdf" required aria-describedby="verify-file-hint" />
          </div>
          <button type="submit" className="button">{t("verify.upload")}</button>
        </form>
        <form method="get" action={`${pathIn(locale, base)}#verify`}>
          <div className="field">
            <label htmlFor="verify-hash">{t("verify.hash")}</label>
            <span className="hint" id="verify-hash-hint">{t("verify.hashHint")}</span>
            <input id="verify-hash" name="sha256" dir="ltr" spellCheck={false} autoComplete="off" required aria-describedby="verify-hash-hint" />
          </div>
          <button type="submit" className="button button--secondary">{t("verify.check")}</button>
        </form>
      </section>

      <section aria-labelledby="list-heading" id="signatories">
        <h2 id="list-heading">{t("page.listHeading", { count: delivery.signatoryCount })}</h2>
        {signatories.length === 0 ? (
          <p className="muted">{t("page.empty")}</p>
        ) : (
          <ol className="signatories" start={(page - 1) * PAGE_SIZE + 1}>
            {shown.map((s, i) => (
              <li key={i}>
                {s.name ? (
                  <>
                    <bdi className="signatory-name">{s.name}</bdi>
                    <span className="signatory-country">{countryName(s.country, locale)}</span>
                  </>
                ) : (
                  <span className="signatory-unnamed">{s.country ? unnamed("from", { country: countryName(s.country, locale) }) : unnamed("plain")}</span>
                )}
                {isOrgType(s.type) && <span className="muted"> · {orgTypes(s.type)}</span>}
                {(TIERS as readonly string[]).includes(s.tier) && s.tier !== "signatory" && (
                  <span className="muted"> · {t(`tiers.${s.tier as "initial" | "endorsement"}`)}</span>
                )}
              </li>
            ))}
          </ol>
        )}
        {pages > 1 && (
          <nav className="pagination" aria-label={tl("paginationLabel")}>
            {page > 1 && <LocalLink href={`${base}?page=${page - 1}#signatories`} rel="prev">{tl("previousPage")}</LocalLink>}
            <span>{tl("pageOf", { page, pages })}</span>
            {page < pages && <LocalLink href={`${base}?page=${page + 1}#signatories`} rel="next">{tl("nextPage")}</LocalLink>}
          </nav>
        )}
      </section>
    </article>
  );
}
