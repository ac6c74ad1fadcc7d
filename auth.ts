import "server-only";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { takeSignInMail } from "@/lib/auth/sign-in-limit";
import { findActiveUser, findActiveUserById, isBootstrapAdmin } from "@/lib/auth/queries";
import { signInSchema } from "@/lib/auth/schema";
import { admitToSignIn, applyAdminEmails, signInLocale } from "@/lib/auth/sign-in";
import { onAppOrigin, usesHttps } from "@/lib/http/hosts";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickMailWorker } from "@/lib/mail/worker";
import { signInMail } from "@/lib/mail/templates/sign-in";

const LINK_MINUTES = 30;

// Auth.js builds its links and redirects from AUTH_URL when set, else from the request's Host /
// X-Forwarded-Host. It is always set, from APP_URL (lib/env refuses an AUTH_URL elsewhere), so no
// header a client sends can end up in a sign-in link.
process.env.AUTH_URL = new URL(env.APP_URL).origin;

/** Auth.js's identifier is the address read by the app's own rules, so tokens, accounts and limits agree. */
function normalizeIdentifier(email: string): string {
  const parsed = signInSchema.shape.email.safeParse(email);
  if (!parsed.success) throw new Error("Invalid email address format.");
  return parsed.data;
}

const prismaAdapter = PrismaAdapter(db);

// No token row for addresses without access either: a stranger's request leaves no trace.
const adapter: typeof prismaAdapter = {
  ...prismaAdapter,
  async createVerificationToken(token) {
    const known = isBootstrapAdmin(token.identifier) || (await findActiveUser(token.identifier)) !== null;
    return known ? prismaAdapter.createVerificationToken!(token) : token;
  },
};

/**
 * Coordinators sign in with a magic link sent through the app's own outbox (SMTP or the local
 * folder), and get a database session. Only invited people and ADMIN_EMAILS get a link; the page
 * answers "check your inbox" to everyone, so it never tells who has an account.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter,
  secret: env.AUTH_SECRET,
  // The host is checked by proxy.ts (APP_URL or ALLOWED_HOSTS), and links never use it.
  trustHost: true,
  // Secure, __Secure- / __Host- cookies whenever the public address is https, whatever scheme
  // the request arrived with (behind a proxy it is plain http).
  useSecureCookies: usesHttps(env.APP_URL),
  session: { strategy: "database", maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-inbox", error: "/signin" },
  providers: [
    Nodemailer({
      id: "email",
      name: "Email",
      // The provider insists on a server; sending goes through our outbox instead.
      server: env.SMTP_URL ?? "smtp://localhost",
      from: env.MAIL_FROM,
      maxAge: LINK_MINUTES * 60,
      normalizeIdentifier,
      async sendVerificationRequest({ identifier, url }) {
        if (!(await admitToSignIn(identifier))) {
          console.info("[auth] sign-in link requested for an address without access; nothing sent");
          return;
        }
        if (!(await takeSignInMail(identifier))) {
          console.info("[auth] too many sign-in links requested for one address; nothing sent");
          return;
        }
        await enqueueMail(db, await signInMail({ to: identifier, url: onAppOrigin(url, env.APP_URL), expiresInMinutes: LINK_MINUTES, locale: signInLocale(url) }));
        kickMailWorker();
      },
    }),
  ],
  callbacks: {
    // Asking for a link always "succeeds" (the refusal happens silently above); following one
    // only works for people who still have access, a second guard beside the mail check.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      if (!user.email || !user.id) return false;
      // A link requested while listed in ADMIN_EMAILS does not outlive the address's removal.
      await applyAdminEmails(user.email);
      return (await findActiveUserById(user.id)) !== null;
    },
    // Only what getCurrentUser needs: the id of the account the session row points to.
    session({ session, user }) {
      return { expires: session.expires, user: { id: user.id, email: user.email } } as typeof session;
    },
  },
});
