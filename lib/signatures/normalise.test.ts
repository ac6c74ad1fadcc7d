import assert from "node:assert/strict";
import { test } from "node:test";
import { emailDomainOf, isFreeMail } from "@/lib/email-address";
import { emailMatchesWebsite, nameKeyOf, sortKeyOf, websiteDomainOf } from "@/lib/signatures/normalise";

test("names that differ only in case, accents, punctuation or legal form share a duplicate key", () => {
  const key = nameKeyOf("ARTICLE 19");
  for (const variant of ["ARTICLE19", "Article 19 Ltd.", "article-19", "Article 19, Inc", "ÁRTICLE 19 GmbH"]) {
    assert.equal(nameKeyOf(variant), key, variant);
  }
  assert.notEqual(nameKeyOf("Article 20"), key);
  assert.equal(nameKeyOf("Access Now e.V."), nameKeyOf("access now"));
  assert.equal(nameKeyOf("Ltd"), "ltd", "a name that is only a legal form keeps it");
});

test("names in every script keep a usable key and sort key", () => {
  assert.equal(nameKeyOf("Роскомсвобода"), "роскомсвобода");
  assert.equal(nameKeyOf("中国 互联网"), "中国互联网");
  assert.equal(sortKeyOf("  Côte d'Ivoire Digital "), "cote d'ivoire digital");
  assert.equal(sortKeyOf("The Tor Project"), "tor project");
});

test("free mail versus the organisation's own domain", () => {
  assert.equal(emailDomainOf("a@Article19.org"), "article19.org");
  assert.equal(isFreeMail("gmail.com"), true);
  assert.equal(isFreeMail("article19.org"), false);
  assert.equal(websiteDomainOf("https://www.article19.org/about"), "article19.org");
  assert.equal(websiteDomainOf("not a url at all"), null);
  assert.equal(emailMatchesWebsite("article19.org", "https://www.article19.org"), true);
  assert.equal(emailMatchesWebsite("mail.article19.org", "article19.org"), true);
  assert.equal(emailMatchesWebsite("gmail.com", "https://article19.org"), false);
  assert.equal(emailMatchesWebsite("article19.org", null), false);
});
