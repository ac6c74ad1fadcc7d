import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { LetterForm } from "@/components/coordinator/letter-form";
import { createLetterAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.form"))("newTitle") });

export default async function NewLetterPage() {
  await requireUser("/coordinator/letters/new");
  const t = await getTranslations("coordinator.form");
  // A new letter is written, by default, in the language its coordinator is using the workspace in.
  const empty = { language: await getLocale(), title: "", slug: "", addressee: "", body: "", deadline: "", coordinators: "", signerKinds: "organisations" };
  return (
    <div className="stack">
      <h1>{t("newTitle")}</h1>
      <LetterForm action={createLetterAction} initial={empty} submitLabel={t("create")} />
    </div>
  );
}
