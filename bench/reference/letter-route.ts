// Bare reference, copied by bench/app-copy.ts into the benchmark's own build only (never into the
// app) as app/api/bench-reference/letter/route.ts: the letter and one page of 100 approved
// signatories read with the app's Prisma client, as JSON. No layout, no i18n, no React: what the
// letter page costs beyond its two reads is the app's own.
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  const letter = await db.letter.findUnique({
    where: { slug: url.searchParams.get("slug") ?? "" },
    select: { id: true, slug: true, title: true, addressee: true, body: true, status: true, approvedCount: true },
  });
  if (!letter) return Response.json({ error: "not found" }, { status: 404 });
  const signatories = await db.signature.findMany({
    where: { letterId: letter.id, status: "approved" },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
    skip: (page - 1) * 100,
    take: 100,
    select: { id: true, orgName: true, displayName: true, country: true, orgType: true },
  });
  return Response.json({ letter, signatories });
}
