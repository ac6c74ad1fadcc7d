import "server-only";
import { db } from "@/lib/db";

/** Everyone with access and their letters, for the admin's people page. */
export async function listPeople() {
  const [users, letters] = await Promise.all([
    db.user.findMany({
      orderBy: [{ role: "asc" }, { email: "asc" }],
      select: { id: true, email: true, role: true, disabledAt: true, createdAt: true, letters: { select: { letterId: true } } },
    }),
    db.letter.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  return {
    users: users.map((u) => ({ ...u, letterIds: u.letters.map((l) => l.letterId) })),
    letters,
  };
}
