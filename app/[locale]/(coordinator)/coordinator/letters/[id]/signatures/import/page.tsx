import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { CSV_COLUMNS, CSV_MAX_ROWS, REQUIRED_CSV_COLUMNS } from "@/lib/import/schema";
import { ImportForm } from "@/components/coordinator/import-form";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { importSignaturesAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("import.import"))("title") });

/**
 * Moving an email backlog in: the template, what each column takes, then the upload and its
 * preview (components/coordinator/import-form.tsx). Works without JavaScript: each step is a form post.
 */
export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireLetterAccess(id, `/coordinator/letters/${id}/signatures/import`);
  const t = await getTranslations("import.import");
  const locale = await getLocale();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <LetterTabs letterId={id} />
      <p>{t("intro", { rows: CSV_MAX_ROWS })}</p>
      <p>
        {/* A route handler: a plain link, so the browser downloads it. */}
        <a href={`/${locale}/coordinator/letters/${id}/signatures/import/template`} download>{t("template")}</a>
        {" · "}
        <Link href={`/coordinator/letters/${id}/signatures/add`}>{t("addOne")}</Link>
      </p>
      <details>
        <summary>{t("columnsHeading")}</summary>
        <table className="queue">
          <thead><tr><th scope="col">{t("column")}</th><th scope="col">{t("takes")}</th></tr></thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr key={c}>
                <th scope="row"><code>{c}</code></th>
                <td>{t(`columns.${c}`)} {REQUIRED_CSV_COLUMNS.includes(c) ? <strong>{t("required")}</strong> : t("optional")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <ImportForm action={importSignaturesAction} letterId={id} />
    </div>
  );
}
