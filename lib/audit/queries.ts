import "server-only";
import { db } from "@/lib/db";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorEmail: string;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
};

/** The event's details as written by recordAudit; an unreadable value is logged and shown as none. */
function parseDetails(event: { id: string; details: string }): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(event.details);
    if (value && typeof value === "object") return { ...value };
    console.error("[audit] details of event are not an object; shown as none", { eventId: event.id, details: event.details });
  } catch (error) {
    console.error("[audit] details of event are not JSON; shown as none", { eventId: event.id }, error);
  }
  return {};
}

/** A letter's history, newest first. Callers check access to the letter first. */
export async function listAudit(letterId: string, take = 200): Promise<AuditRow[]> {
  const rows = await db.auditEvent.findMany({
    where: { letterId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({ ...r, details: parseDetails(r) }));
}
