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

function parseDetails(raw: string): Record<string, unknown> {
  try {
    const value = JSON.parse(raw);
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

/** A letter's history, newest first. Callers check access to the letter first. */
export async function listAudit(letterId: string, take = 200): Promise<AuditRow[]> {
  const rows = await db.auditEvent.findMany({
    where: { letterId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((r) => ({ ...r, details: parseDetails(r.details) }));
}
