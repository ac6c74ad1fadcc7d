import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/session";
import { listPeople } from "@/lib/coordinators/queries";
import { ActionNotice, type ActionParams } from "@/components/coordinator/action-notice";
import { InviteForm } from "@/components/coordinator/invite-form";
import { TableHead } from "@/components/ui/table-head";
import { assignAction, inviteAction, setAccessAction, unassignAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.people"))("title") });

export default async function PeoplePage({ searchParams }: { searchParams: Promise<ActionParams> }) {
  const me = await requireAdmin("/coordinator/people");
  const { users, letters } = await listPeople();
  const t = await getTranslations("coordinator");
  const titleOf = new Map(letters.map((l) => [l.id, l.title]));
  return (
    <div className="stack">
      <h1>{t("people.title")}</h1>
      <ActionNotice params={await searchParams} />

      <h2>{t("people.invite")}</h2>
      <InviteForm action={inviteAction} letters={letters} />

      <h2>{t("people.list")}</h2>
      <table>
        <TableHead columns={[t("people.email"), t("people.role"), t("people.theirLetters"), t("people.access")]} />
        <tbody>
          {users.map((u) => {
            const available = letters.filter((l) => !u.letterIds.includes(l.id));
            return (
              <tr key={u.id} data-email={u.email}>
                <td>{u.email}{u.disabledAt && <span className="badge"> {t("people.disabled")}</span>}</td>
                <td>{t(`roles.${u.role === "admin" ? "admin" : "coordinator"}`)}</td>
                <td>
                  {u.role === "admin" ? t("people.allLetters") : (
                    <div className="stack">
                      {u.letterIds.length === 0 && <span className="muted">{t("people.noLetters")}</span>}
                      <ul className="checkbox-list">
                        {u.letterIds.map((letterId) => (
                          <li key={letterId}>
                            <form action={unassignAction} className="button-row">
                              <input type="hidden" name="userId" value={u.id} />
                              <input type="hidden" name="letterId" value={letterId} />
                              <span>{titleOf.get(letterId)}</span>
                              <button type="submit" className="button button--secondary button--small"
                                aria-label={t("people.unassignLabel", { email: u.email, title: titleOf.get(letterId) ?? "" })}>
                                {t("people.unassign")}
                              </button>
                            </form>
                          </li>
                        ))}
                      </ul>
                      {available.length > 0 && (
                        <form action={assignAction} className="button-row">
                          <input type="hidden" name="userId" value={u.id} />
                          <label className="visually-hidden" htmlFor={`assign-${u.id}`}>{t("people.assignTo", { email: u.email })}</label>
                          <select id={`assign-${u.id}`} name="letterId">
                            {available.map((l) => <option key={l.id} value={l.id}>{l.title}</option>)}
                          </select>
                          <button type="submit" className="button button--small">{t("people.assign")}</button>
                        </form>
                      )}
                    </div>
                  )}
                </td>
                <td>
                  {u.id !== me.id && (
                    <form action={setAccessAction}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="disabled" value={u.disabledAt ? "0" : "1"} />
                      <button type="submit" className="button button--secondary button--small"
                        aria-label={t(u.disabledAt ? "people.enableLabel" : "people.disableLabel", { email: u.email })}>
                        {t(u.disabledAt ? "people.enable" : "people.disable")}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
