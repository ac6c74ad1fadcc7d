// Who may work on which letter: the one rule every workspace action and page goes through.
import assert from "node:assert/strict";
import { test } from "node:test";
import { authorizeAdmin, authorizeLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { seedLetter, seedUser } from "@/lib/testing/seed";

test("a coordinator works only on the letters assigned to them; an administrator on every letter", async () => {
  const coordinator = await seedUser(db);
  const admin = await seedUser(db, "admin");
  const theirs = await seedLetter(db, { coordinatorId: coordinator.id });
  const another = await seedLetter(db);
  assert.equal((await authorizeLetter(coordinator, theirs.id))?.id, theirs.id);
  assert.equal((await authorizeLetter(coordinator, theirs.id))?.actor.id, coordinator.id);
  assert.equal(await authorizeLetter(coordinator, another.id), null);
  assert.equal((await authorizeLetter(admin, another.id))?.id, another.id);
  assert.equal(await authorizeLetter(admin, "no-such-letter"), null, "a letter that does not exist is nobody's");
});

test("the check goes by the user's id: someone else's id with a coordinator's email gets nothing", async () => {
  const coordinator = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: coordinator.id });
  assert.equal(await authorizeLetter({ ...coordinator, id: "someone-else" }, letter.id), null);
});

test("only an administrator is an AuthorizedAdmin", async () => {
  assert.equal(authorizeAdmin(await seedUser(db)), null);
  assert.equal(authorizeAdmin(await seedUser(db, "admin"))?.role, "admin");
});
