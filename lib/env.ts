import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { normaliseEmail } from "@/lib/email-address";

/**
 * The environment, parsed once. Every variable has a default that lets a bare clone run;
 * a wrong value stops the app at start with a message naming the variable.
 */
const dataDir = process.env.DATA_DIR
  ? path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR)
  : path.join(process.cwd(), "data");

const limit = z
  .string()
  .regex(/^\d+\/\d+$/, 'must look like "10/600" (points per seconds)')
  .transform((v) => {
    const [points, seconds] = v.split("/").map(Number);
    return { points, seconds };
  });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().default(dataDir),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The public address. Every absolute URL the app emits (mail, exports, Auth.js) is built from it. */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Host names (with port when not 80/443) answered besides APP_URL's; any other Host gets 421. */
  ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z0-9.\-[\]:]+$/, "must be a comma-separated list of host names, e.g. www.example.org,example.org:8443"))),
  /** Auth.js's own variable: Undersigned sets it from APP_URL; a different origin is refused. */
  AUTH_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must start with file: or postgresql://")
    .default(`file:${path.join(dataDir, "undersigned.db")}`),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), "must look like smtp://user:pass@host:587")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Undersigned <no-reply@localhost>"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map(normaliseEmail).filter(Boolean))
    .pipe(z.array(z.email("must be a comma-separated list of email addresses"))),
  /** Trust X-Forwarded-For for the client address (only behind a proxy you run). */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0", ""])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Abuse limits as "points/seconds" (lib/abuse/rate-limit.ts). Hard ceilings far above human rates:
   * signatures per client address, per address without a solved proof-of-work (no JavaScript), and
   * for the whole site; confirmation mails per recipient mailbox; proof-of-work challenges per address. */
  SIGN_LIMIT_ADDRESS: limit.prefault("300/600"),
  SIGN_LIMIT_ADDRESS_NOPROOF: limit.prefault("60/600"),
  SIGN_LIMIT_GLOBAL: limit.prefault("6000/600"),
  SIGN_LIMIT_MAILBOX: limit.prefault("10/3600"),
  SIGN_LIMIT_CHALLENGE: limit.prefault("600/600"),
  /** Days before unconfirmed signatures, and sent mail, are deleted (lib/privacy/retention.ts). */
  RETENTION_UNCONFIRMED_DAYS: z.coerce.number().int().min(1).default(30),
  RETENTION_SENT_MAIL_DAYS: z.coerce.number().int().min(1).default(7),
  /** How often the mail worker looks for mail to send or retry. */
  MAIL_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** How many mails of an update to signatories go out per minute: the outbox spaces them so (lib/updates). */
  UPDATE_MAILS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** The hour (UTC, 0-23) from which each coordinator's daily digest goes out (lib/coordinators/digest.ts). */
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
  /** Print confirmation links in the server log when mail goes to the local outbox folder.
   * Default: on in development (the quick start confirms from the terminal), off in production. */
  LOG_MAIL_LINKS: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true" || v === "1")),
});

export type Env = Omit<z.infer<typeof schema>, "LOG_MAIL_LINKS"> & { APP_URL: string; AUTH_SECRET: string; LOG_MAIL_LINKS: boolean };

function fail(error: z.ZodError): never {
  const lines = error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

/** A secret generated on first start and kept under DATA_DIR, so a bare clone has sessions. */
function localSecret(dir: string): string {
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** Parses a set of variables (process.env by default); exported for the tests of the defaults. */
export function parseEnv(vars: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(vars);
  if (!parsed.success) fail(parsed.error);
  const env = parsed.data;
  const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  if (env.AUTH_URL && new URL(env.AUTH_URL).origin !== new URL(appUrl).origin) {
    throw new Error(`Invalid environment:\n  AUTH_URL: must be unset or on APP_URL's origin (${new URL(appUrl).origin})`);
  }
  return {
    ...env,
    APP_URL: appUrl,
    AUTH_SECRET: env.AUTH_SECRET ?? localSecret(env.DATA_DIR),
    LOG_MAIL_LINKS: env.LOG_MAIL_LINKS ?? env.NODE_ENV !== "production",
  };
}

export const env: Env = parseEnv();

export const databaseProvider = (url: string = env.DATABASE_URL): "sqlite" | "postgresql" =>
  url.startsWith("file:") ? "sqlite" : "postgresql";
