// Bare reference, copied by bench/app-copy.ts into the benchmark's own build only (never into the
// app) as app/api/bench-reference/insert/route.ts: the same multipart answers as the no-JS sign
// form, parsed with zod, and one Prisma insert of a pending signature with a unique address. No
// abuse checks, no token, no mail, no redirect: what signing costs beyond this is the app's own.
import { z } from "zod";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const Answers = z.object({
  letterId: z.string().min(1),
  orgName: z.string().trim().min(1).max(200),
  country: z.string().length(2),
  orgType: z.string().min(1).max(40),
  website: z.url().optional(),
  contactName: z.string().trim().min(1).max(200),
  email: z.email(),
  consent: z.literal("on"),
});

export async function POST(request: Request) {
  const fields = Object.fromEntries([...(await request.formData())].filter(([name]) => !name.startsWith("$ACTION")));
  const parsed = Answers.safeParse(fields);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const { letterId, orgName, country, orgType, website, contactName, email } = parsed.data;
  const lower = email.toLowerCase();
  const row = await db.signature.create({
    data: {
      letterId, orgName, country, orgType, website, contactName, email,
      sortKey: orgName.toLowerCase(), nameKey: orgName.toLowerCase(),
      emailCanonical: lower, emailDomain: lower.split("@")[1],
    },
    select: { id: true },
  });
  return Response.json(row, { status: 201 });
}
