import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { authorizeAdmin, authorizeLetter, type AuthorizedAdmin, type AuthorizedLetter, type CurrentUser } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { fail, fieldErrorsFrom, type Result } from "@/lib/errors";
import { publicPagesChanged } from "@/lib/page-cache/watch";

/**
 * The one entry for every server action: parse the input with the action's schema, find out who
 * is asking, check what they may touch, then run; every failure comes back as one `Failure` shape
 * with a code from lib/errors.ts. Server actions in app/ call one of the four gates below and
 * only map the result to a redirect or a form state.
 *
 *   anyone   parse only (signing, confirming, asking for a sign-in link)
 *   user     a signed-in coordinator or administrator
 *   admin    an administrator; a coordinator is answered NOT_FOUND, as for a page that does not exist
 *   letter   a user who may work on the input's letterId, handed over as an AuthorizedLetter
 *
 * Who is asked first, then the input: an anonymous caller learns nothing about what it sent.
 */
type Context = {
  anyone: Record<string, never>;
  user: { user: CurrentUser };
  admin: { admin: AuthorizedAdmin };
  letter: { letter: AuthorizedLetter };
};
export type Gate = keyof Context;

type Run<S extends z.ZodType, G extends Gate, T extends object> = (input: z.output<S>, context: Context[G]) => Promise<Result<T>>;

async function runAction<S extends z.ZodType, G extends Gate, T extends object>(
  gate: G,
  schema: S,
  raw: unknown,
  run: Run<S, G, T>,
): Promise<Result<T>> {
  try {
    const user = gate === "anyone" ? null : await getCurrentUser();
    if (gate !== "anyone" && !user) return fail("UNAUTHENTICATED");
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fieldErrors: fieldErrorsFrom(parsed.error) };
    let input: z.output<S> = parsed.data;
    let context: Context[Gate] = {};
    if (gate === "user") context = { user: user! };
    if (gate === "admin") {
      const admin = authorizeAdmin(user!);
      if (!admin) return fail("NOT_FOUND");
      context = { admin };
    }
    if (gate === "letter") {
      const { letterId, ...rest } = input as { letterId: string };
      const letter = await authorizeLetter(user!, letterId);
      if (!letter) return fail("NOT_FOUND");
      context = { letter };
      // The letter travels as the checked AuthorizedLetter only, not as a second, unchecked id.
      input = rest as z.output<S>;
    }
    const result = await run(input, context as Context[G]);
    // A coordinator's change shows on the public pages this instance serves before the action answers.
    if (gate !== "anyone" && result.ok) await publicPagesChanged();
    return result;
  } catch (error) {
    // redirect() and notFound() are control flow, not failures.
    unstable_rethrow(error);
    console.error(`[action] ${gate} action failed`, error);
    return fail("UNEXPECTED");
  }
}

export const anyoneAction = <S extends z.ZodType, T extends object>(schema: S, raw: unknown, run: Run<S, "anyone", T>) =>
  runAction("anyone", schema, raw, run);

export const userAction = <S extends z.ZodType, T extends object>(schema: S, raw: unknown, run: Run<S, "user", T>) =>
  runAction("user", schema, raw, run);

export const adminAction = <S extends z.ZodType, T extends object>(schema: S, raw: unknown, run: Run<S, "admin", T>) =>
  runAction("admin", schema, raw, run);

/** A letter's id as the workspace's forms post it. */
const letterId = z.string().min(1).max(40);

/**
 * The input also carries `letterId` (added to the schema here); the check uses the parsed
 * value, never a raw one, and the handler gets the letter only as an AuthorizedLetter.
 */
export const letterAction = <S extends z.ZodObject, T extends object>(schema: S, raw: unknown, run: Run<S, "letter", T>) =>
  runAction("letter", schema.extend({ letterId }), raw, run as Run<z.ZodObject, "letter", T>);
