import { expect, test } from "@playwright/test";
import { seedLetter, seedSignature } from "../lib/testing/seed";
import { appDb } from "./support/seed";

// The public exports through the built app: a client that sends back the ETag it was given gets
// 304 without a body until the list changes; an approval shows at the next request.
for (const format of ["csv", "json"] as const) {
  test(`public ${format.toUpperCase()}: ETag, 304 for a current copy, a new ETag and the new name after an approval`, async ({ request }) => {
    const db = await appDb();
    const letter = await seedLetter(db, { signatures: [{ orgName: "First Coalition", status: "approved" }] });
    const url = `/en/letters/${letter.slug}/signatories.${format}`;

    const first = await request.get(url);
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(await first.text()).toContain("First Coalition");

    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()["etag"]).toBe(etag);
    expect(again.headers()["cache-control"]).toBe(first.headers()["cache-control"]);

    const head = await request.head(url);
    expect(head.status()).toBe(200);
    expect(head.headers()["etag"]).toBe(etag);

    await seedSignature(db, letter.id, { orgName: "Late Signatory Network", status: "approved" });
    const changed = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(changed.status()).toBe(200);
    expect(changed.headers()["etag"]).not.toBe(etag);
    expect(await changed.text()).toContain("Late Signatory Network");
  });
}
