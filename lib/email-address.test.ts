import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalEmail } from "@/lib/email-address";

test("one mailbox, one canonical address", () => {
  assert.equal(canonicalEmail("Ana.Example+letters@GMail.com"), "anaexample@gmail.com");
  assert.equal(canonicalEmail("ana.example@googlemail.com"), "anaexample@gmail.com");
  assert.equal(canonicalEmail("Ana+x@Outlook.com"), "ana@outlook.com");
});

test("a +tag is dropped on every domain, listed provider or not", () => {
  for (const domain of ["yandex.ru", "zoho.com", "fastmail.com", "hey.com", "proton.me", "article19.org", "mail.example.museum"]) {
    assert.equal(canonicalEmail(`ana+letters@${domain}`), `ana@${domain}`, domain);
    assert.equal(canonicalEmail(`ana+a+b@${domain.toUpperCase()}.`), `ana@${domain}`, domain);
  }
});

test("dots are dropped for Gmail only: elsewhere they may be other people", () => {
  assert.equal(canonicalEmail("ana.example+x@article19.org"), "ana.example@article19.org");
  assert.equal(canonicalEmail("jo.smith@yandex.ru"), "jo.smith@yandex.ru");
  assert.notEqual(canonicalEmail("jo.smith@outlook.com"), canonicalEmail("josmith@outlook.com"));
});

test("a local part that is only a tag stays as typed", () => {
  assert.equal(canonicalEmail("+only@example.org"), "+only@example.org");
});
