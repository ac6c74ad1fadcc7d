import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { listAudit } from "@/lib/audit/queries";
import { isAuditAction } from "@/lib/audit/record";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { TableHead } from "@/components/ui/table-head";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.audit"))("title") });

export default async function AuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireLetterAccess(id, `/coordinator/letters/${id}/audit`);
  const events = await listAudit(id);
  const t = await getTranslations("coordinator.audit");
  // "letter.edit" is also the message's path: next-intl reads the dot as nesting.
  const label = (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <LetterTabs letterId={id} current="audit" />
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table>
          <TableHead columns={[t("when"), t("who"), t("what"), t("details")]} />
          <tbody>
            {events.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td><time dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().slice(0, 19).replace("T", " ")} UTC</time></td>
                <td>{e.actorEmail}</td>
                <td>{label(e.action)}</td>
                <td><pre className="audit-details">{formatDetails(e.details)}</pre></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

// Details are stored as JSON; one "key: value" line each reads better than raw JSON.
function formatDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("\n");
}
