import "server-only";
import { db } from "@/lib/db";
import { INITIAL_LETTER_STATUS, letterTransition } from "@/lib/letters/status";

/**
 * The demo letter seeded by `npm run dev` / `npm run demo` on an empty database: in the spirit of
 * the 2013 civil-society letter asking the ITU for a seat at the World Telecommunication Policy Forum.
 */
export const DEMO_LETTER = {
  slug: "wtpf-2013-civil-society-participation",
  title: "Civil society asks for a seat at the World Telecommunication Policy Forum",
  addressee: "Dr Hamadoun I. Touré, Secretary-General, International Telecommunication Union",
  coordinators: "Demo Coalition for an Open Internet",
  body: `Dear Secretary-General,

We, the undersigned organisations, write ahead of the **World Telecommunication Policy Forum** (WTPF),
to be held in Geneva in May 2013, to ask that civil society be able to take part in it fully.

The Forum will discuss questions of Internet policy that affect the rights of people everywhere:
freedom of expression, privacy, and access to knowledge. Those people are best represented when the
organisations that work for them can follow and contribute to the discussion.

## What we ask

1. That civil-society organisations may attend the Forum and its preparatory meetings, and speak in them.
2. That the Secretary-General's report and the draft opinions are published *openly*, in time for comment.
3. That remote participation is offered, so that organisations from every region can take part.

We believe an open process will strengthen the Forum's outcome and the trust that people place in it.
We would welcome the opportunity to discuss these requests with you.

Respectfully,

*The undersigned organisations*`,
};

/** Creates the demo letter, open for signatures, unless the database already has letters. */
export async function seedDemoLetter(): Promise<boolean> {
  if ((await db.letter.count()) > 0) return false;
  // Created already published: the status a new letter's publish leads to.
  const status = letterTransition(INITIAL_LETTER_STATUS, "publish");
  if (!status) throw new Error("A new letter cannot be published");
  const publishedAt = new Date();
  await db.letter.create({
    data: {
      ...DEMO_LETTER,
      status,
      publishedAt,
      versions: { create: { version: 1, title: DEMO_LETTER.title, addressee: DEMO_LETTER.addressee, body: DEMO_LETTER.body } },
    },
  });
  return true;
}
