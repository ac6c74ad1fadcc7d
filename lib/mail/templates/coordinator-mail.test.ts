import assert from "node:assert/strict";
import { test } from "node:test";
import { findLinkById } from "@/lib/testing/links";
import { invitationMail } from "@/lib/mail/templates/invitation";
import { signInMail } from "@/lib/mail/templates/sign-in";

test("the sign-in mail carries the link under a stable id, in HTML and text", async () => {
  const url = "http://localhost:3000/api/auth/callback/email?token=abc&email=a%40example.org";
  const mail = await signInMail({ to: "a@example.org", url, expiresInMinutes: 30, locale: "en" });
  assert.equal(findLinkById(mail.html, "sign-in-link"), url);
  assert.ok(mail.text.includes(url));
  assert.equal(mail.kind, "sign-in");
});

test("the invitation escapes what people typed (letter titles, inviter)", async () => {
  const mail = await invitationMail({
    to: "c@example.org", invitedBy: "<b>boss</b>@example.org", signInUrl: "http://localhost:3000/signin?email=c%40example.org",
    letterTitles: ['Stop <script>alert("x")</script>'], locale: "en",
  });
  assert.ok(!mail.html.includes("<script>"));
  assert.ok(mail.html.includes("&lt;script&gt;"));
  assert.equal(findLinkById(mail.html, "invitation-link"), "http://localhost:3000/signin?email=c%40example.org");
  assert.ok(mail.text.includes('- Stop <script>alert("x")</script>'));
});
