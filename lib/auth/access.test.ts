// Who may work on which letter: the one rule every workspace action and page goes through.
import assert from "node:assert/strict";
import { test } from "node:test";
import { authorizeAdmin, authorizeLetter } from "@/lib/auth/access";
import { seedLetter, seedUser } from "@/lib/coordinators/test-seed";

test("a coordinator works only on the letters assigned to them; an administrator on every letter", async () => {
  const coordinator = await seedUser();
  const admin = await seedUser("admin");
  const theirs = await seedLetter({ coordinator });
  const another = await seedLetter();
  assert.equal((await authorizeLetter(coordinator, theirs.id))?.id, theirs.id);
  assert.equal((await authorizeLetter(coordinator, theirs.id))?.actor.id, coordinator.id);
  assert.equal(await authorizeLetter(coordinator, another.id), null);
  assert.equal((await authorizeLetter(admin, another.id))?.id, another.id);
  assert.equal(await authorizeLetter(admin, "no-such-letter"), null, "a letter that does not exist is nobody's");
});

test("the check goes by the user's id: someone else's id with a coordinator's email gets nothing", async () => {
  const coordinator = await seedUser();
  const letter = await seedLetter({ coordinator });
  assert.equal(await authorizeLetter({ ...coordinator, id: "someone-else" }, letter.id), null);
});

test("only an administrator is an AuthorizedAdmin", async () => {
  assert.equal(authorizeAdmin(await seedUser()), null);
  assert.equal(authorizeAdmin(await seedUser("admin"))?.role, "admin");
});
