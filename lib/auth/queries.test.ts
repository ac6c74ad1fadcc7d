// Who may sign in and which letters they see.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { findActiveUser, isBootstrapAdmin } from "@/lib/auth/queries";
import { admitToSignIn } from "@/lib/auth/sign-in";
import { seedUser } from "@/lib/testing/seed";

test("ADMIN_EMAILS matches case-insensitively", () => {
  assert.ok(isBootstrapAdmin(" Admin@Example.org ", ["admin@example.org"]));
  assert.ok(!isBootstrapAdmin("admin@example.org.evil", ["admin@example.org"]));
});

test("bootstrap admins get an account on request, invited users are allowed, strangers and disabled users are not", async () => {
  assert.equal(await admitToSignIn("first-admin@example.org", ["first-admin@example.org"]), true);
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: "first-admin@example.org" } })).role, "admin");
  assert.equal(await admitToSignIn("nobody@example.org", ["first-admin@example.org"]), false);
  assert.equal(await db.user.count({ where: { email: "nobody@example.org" } }), 0);
  const coordinator = await seedUser(db);
  assert.equal(await admitToSignIn(coordinator.email, []), true);
  await db.user.update({ where: { id: coordinator.id }, data: { disabledAt: new Date() } });
  assert.equal(await admitToSignIn(coordinator.email, []), false);
  assert.equal(await findActiveUser(coordinator.email), null);
});

test("sign-in mails to one address are limited", async () => {
  const { SIGN_IN_MAILS, takeSignInMail } = await import("@/lib/auth/sign-in-limit");
  for (let i = 0; i < SIGN_IN_MAILS.points; i++) assert.equal(await takeSignInMail("busy@example.org"), true);
  assert.equal(await takeSignInMail("Busy@Example.org"), false);
  assert.equal(await takeSignInMail("calm@example.org"), true);
});
