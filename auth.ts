import "server-only";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { takeSignInMail } from "@/lib/auth/sign-in-limit";
import { findActiveUser, isBootstrapAdmin } from "@/lib/auth/queries";
import { admitToSignIn } from "@/lib/auth/sign-in";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickMailWorker } from "@/lib/mail/worker";
import { signInMail } from "@/lib/mail/templates/sign-in";

const LINK_MINUTES = 30;

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
  trustHost: true,
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
      async sendVerificationRequest({ identifier, url }) {
        if (!(await admitToSignIn(identifier))) {
          console.info("[auth] sign-in link requested for an address without access; nothing sent");
          return;
        }
        if (!(await takeSignInMail(identifier))) {
          console.info("[auth] too many sign-in links requested for one address; nothing sent");
          return;
        }
        await enqueueMail(db, await signInMail({ to: identifier, url, expiresInMinutes: LINK_MINUTES }));
        kickMailWorker();
      },
    }),
  ],
  callbacks: {
    // Asking for a link always "succeeds" (the refusal happens silently above); following one
    // only works for people who still have access, a second guard beside the mail check.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      if (!user.email) return false;
      return (await findActiveUser(user.email)) !== null;
    },
  },
});
