/**
 * The addressee's answer: a coordinator publishes it in the workspace (text, link, PDF, the
 * coalition's comment), and readers see it under "The answer" on the letter's page, in English
 * and in Arabic (right to left); it can be edited and removed without JavaScript; a file that is
 * not a PDF is refused; only the letter's coordinator may upload. Arabic words come from the
 * catalogue (e2e/support/catalogue.ts), so the test does not keep copies of them.
 */
import { expect, test, type Page } from "@playwright/test";
import { message } from "./support/catalogue";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession } from "./support/coordinator-seed";
import { appDb } from "./support/seed";
import { expectNoSeriousAxeProblems } from "./support/axe";

const ANSWER = {
  receivedAt: "2026-11-20",
  author: "Secretary-General, ITU",
  body: "Thank you for your **letter**.\n\n<script>window.hacked = 1</script>\n\nWe will consider it.",
  link: "https://www.itu.int/en/answers/12",
  comment: "We welcome the reply, but it does *not* answer our question.",
};
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function expectAccessible(page: Page, url: string) {
  await page.goto(url);
  await expectNoSeriousAxeProblems(page);
}

async function fillAnswer(page: Page, answer: Partial<typeof ANSWER>) {
  const form = page.getByRole("form", { name: /Add a response|Edit the response/ });
  if (answer.receivedAt !== undefined) await form.getByLabel("Date received").fill(answer.receivedAt);
  if (answer.author !== undefined) await form.getByLabel("From", { exact: true }).fill(answer.author);
  if (answer.body !== undefined) await form.getByLabel("Text of the answer").fill(answer.body);
  if (answer.link !== undefined) await form.getByLabel("Link to the answer (optional)").fill(answer.link);
  if (answer.comment !== undefined) await form.getByLabel("The coalition's comment (optional)").fill(answer.comment);
  return form;
}

const responsesOf = async (letterId: string) => (await appDb()).letterResponse.findMany({ where: { letterId } });

test("a coordinator publishes an answer with a comment and its PDF; readers see it in English and in Arabic", async ({ page, context, baseURL, request }) => {
  test.setTimeout(120_000);
  const coordinator = await seedUserWithSession("coordinator");
  const { letter } = await seedLetterWithSignature(coordinator.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);

  // From the overview, to the responses page: nothing yet.
  await page.goto(`/en/coordinator/letters/${letter.id}`);
  await page.getByRole("link", { name: "Publish or edit the addressee's answer" }).click();
  await expect(page.getByRole("heading", { name: `Responses: ${letter.title}`, level: 1 })).toBeVisible();
  await expect(page.getByText("No response recorded yet.")).toBeVisible();

  // A link that is not a web address is refused next to its field, and nothing is written.
  let form = await fillAnswer(page, { ...ANSWER, link: "javascript:alert(1)" });
  await form.getByRole("button", { name: "Publish the response" }).click();
  await expect(form.getByText("Enter a web address starting with https:// or http://.")).toBeVisible();
  await expect(form.getByLabel("Link to the answer (optional)")).toHaveAttribute("aria-invalid", "true");
  expect(await responsesOf(letter.id)).toHaveLength(0);

  form = await fillAnswer(page, ANSWER);
  await form.getByRole("button", { name: "Publish the response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The response is published on the letter's page." })).toBeVisible();
  const [saved] = await responsesOf(letter.id);
  const card = page.locator(`[data-response-id="${saved.id}"]`);
  await expect(card.getByRole("heading", { name: `From ${ANSWER.author}` })).toBeVisible();

  // A file that is not a PDF is refused, whatever its name says; a PDF is attached.
  await card.getByLabel("PDF file (at most 5 MB)").setInputFiles({ name: "answer.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>not a pdf</body></html>") });
  await card.getByRole("button", { name: "Attach the PDF" }).click();
  await expect(card.getByText("This file is not a PDF.")).toBeVisible();
  expect((await responsesOf(letter.id))[0].pdf).toBeNull();
  await card.getByLabel("PDF file (at most 5 MB)").setInputFiles({ name: "ITU answer.pdf", mimeType: "application/pdf", buffer: PDF });
  await card.getByRole("button", { name: "Attach the PDF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The PDF is attached." })).toBeVisible();
  await expect(card.getByText("Attached: ITU-answer.pdf")).toBeVisible();

  // The public page, in English: the answer after the letter, its comment set apart.
  await page.goto(`/en/letters/${letter.slug}`);
  const answer = page.locator("#responses");
  await expect(answer.getByRole("heading", { name: "The answer", level: 2 })).toBeVisible();
  await expect(answer.getByRole("heading", { name: `From ${ANSWER.author}`, level: 3 })).toBeVisible();
  await expect(answer.locator("time")).toHaveText("Received on November 20, 2026");
  await expect(answer.locator("strong")).toHaveText("letter");
  await expect(answer.getByText("We will consider it.")).toBeVisible();
  // Raw HTML in the Markdown is not run.
  await expect(answer.locator("script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  const comment = answer.getByRole("complementary", { name: "The coalition's comment on this answer" });
  await expect(comment.getByRole("heading", { name: "Our comment" })).toBeVisible();
  await expect(comment.locator("em")).toHaveText("not");
  await expect(answer.getByRole("link", { name: "Read the answer where it was published" })).toHaveAttribute("href", ANSWER.link);
  const pdfLink = answer.getByRole("link", { name: "Download the answer (PDF)" });
  const pdf = await request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="ITU-answer.pdf"/);
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await pdf.body()).equals(PDF)).toBe(true);

  // In Arabic: the same answer, laid out right to left, in the catalogue's words.
  await page.goto(`/ar/letters/${letter.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(answer.getByRole("heading", { name: message("ar", "response.public.heading"), level: 2 })).toBeVisible();
  await expect(answer.getByRole("heading", { name: message("ar", "response.public.from", { author: ANSWER.author }), level: 3 })).toBeVisible();
  await expect(answer.getByRole("complementary", { name: message("ar", "response.public.commentLabel") })).toContainText("does not answer");
  await expect(answer.getByRole("link", { name: message("ar", "response.public.downloadPdf") })).toBeVisible();

  // Every step is in the history.
  await page.goto(`/en/coordinator/letters/${letter.id}/audit`);
  await expect(page.locator('tr[data-action="response.publish"]')).toHaveCount(1);
  await expect(page.locator('tr[data-action="response.attachPdf"]')).toHaveCount(1);
});

test("the responses page and the answer on the letter page have no serious accessibility problems, in English and Arabic", async ({ page, context, baseURL }) => {
  test.setTimeout(150_000);
  const coordinator = await seedUserWithSession("coordinator");
  const { letter } = await seedLetterWithSignature(coordinator.id);
  const response = await (await appDb()).letterResponse.create({
    data: { letterId: letter.id, ...ANSWER, receivedAt: new Date(`${ANSWER.receivedAt}T00:00:00Z`), pdf: new Uint8Array(PDF), pdfName: "answer.pdf" },
  });
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const tab = `/coordinator/letters/${letter.id}/responses`;
  // The list with its PDF and removal forms and the empty form; the form filled in to edit; the public section.
  for (const url of [`/en${tab}`, `/en${tab}?edit=${response.id}&response=${response.id}&pdfError=INVALID_VALUE`, `/ar${tab}`, `/en/letters/${letter.slug}`, `/ar/letters/${letter.slug}`]) {
    await expectAccessible(page, url);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a coordinator publishes, edits and removes an answer; the server refuses a bad link next to its field", async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const coordinator = await seedUserWithSession("coordinator");
    const { letter } = await seedLetterWithSignature(coordinator.id);
    await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
    const tab = `/en/coordinator/letters/${letter.id}/responses`;
    await page.goto(tab);

    // Checked by the server alone: the message is next to the field and the answers are kept.
    let form = await fillAnswer(page, { ...ANSWER, link: "ftp://example.org/answer" });
    await form.getByRole("button", { name: "Publish the response" }).click();
    form = page.getByRole("form", { name: "Add a response" });
    await expect(form.getByText("Enter a web address starting with https:// or http://.")).toBeVisible();
    await expect(form.getByLabel("From", { exact: true })).toHaveValue(ANSWER.author);
    expect(await responsesOf(letter.id)).toHaveLength(0);

    form = await fillAnswer(page, { ...ANSWER, comment: "" });
    await form.getByRole("button", { name: "Publish the response" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The response is published on the letter's page." })).toBeVisible();
    await page.goto(`/en/letters/${letter.slug}`);
    await expect(page.locator("#responses").getByText("We will consider it.")).toBeVisible();
    await expect(page.locator("#responses").getByRole("complementary")).toHaveCount(0);

    // Edited: the public page shows the new text.
    await page.goto(tab);
    await page.getByRole("link", { name: "Edit this response" }).click();
    form = await fillAnswer(page, { body: "A shorter, corrected answer." });
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await page.goto(`/en/letters/${letter.slug}`);
    await expect(page.locator("#responses").getByText("A shorter, corrected answer.")).toBeVisible();

    // Removed: the section is gone.
    await page.goto(tab);
    await page.getByText("Remove this response…").click();
    await page.getByRole("button", { name: `Remove the response from ${ANSWER.author}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "The response was removed." })).toBeVisible();
    await page.goto(`/en/letters/${letter.slug}`);
    await expect(page.locator("#responses")).toHaveCount(0);
    expect(await responsesOf(letter.id)).toHaveLength(0);
  });
});

test("only the letter's coordinator may upload a response's PDF", async ({ request, baseURL }) => {
  const right = await seedUserWithSession("coordinator");
  const other = await seedUserWithSession("coordinator");
  await seedLetterWithSignature(other.id);
  const { letter } = await seedLetterWithSignature(right.id);
  const db = await appDb();
  const response = await db.letterResponse.create({ data: { letterId: letter.id, receivedAt: new Date(), author: "ITU", body: "Noted." } });
  const url = `/api/coordinator/letters/${letter.id}/responses/${response.id}/pdf`;
  const post = (token?: string) =>
    request.post(url, {
      headers: { origin: baseURL!, ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) },
      multipart: { locale: "en", pdf: { name: "a.pdf", mimeType: "application/pdf", buffer: PDF } },
      maxRedirects: 0,
    });
  const anonymous = await post();
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toMatch(/\/signin/);
  expect((await post(other.sessionToken)).status()).toBe(404);
  expect((await db.letterResponse.findUniqueOrThrow({ where: { id: response.id } })).pdf).toBeNull();
  // Over the 5 MB cap: refused before it is read, back to the form with the reason.
  const big = await request.post(url, {
    headers: { origin: baseURL!, cookie: `${SESSION_COOKIE}=${right.sessionToken}` },
    multipart: { locale: "en", pdf: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]) } },
    maxRedirects: 0,
  });
  expect(big.status()).toBe(303);
  expect(big.headers().location).toContain("pdfError=TOO_LONG");
  expect((await db.letterResponse.findUniqueOrThrow({ where: { id: response.id } })).pdf).toBeNull();
  const ok = await post(right.sessionToken);
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toContain(`/en/coordinator/letters/${letter.id}/responses?notice=pdfAttached`);
  expect((await db.letterResponse.findUniqueOrThrow({ where: { id: response.id } })).pdfName).toBe("a.pdf");
});
