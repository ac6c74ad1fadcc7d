import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { getLetterForCoordinator } from "@/lib/letters/queries";
import { LetterForm } from "@/components/coordinator/letter-form";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { updateLetterAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.form"))("editTitle") });

export default async function EditLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireLetterAccess(id, `/coordinator/letters/${id}/edit`);
  const letter = await getLetterForCoordinator(id);
  if (!letter) notFound();
  const t = await getTranslations("coordinator.form");
  const errors = await getTranslations("errors");
  return (
    <div className="stack">
      <h1>{t("editTitle")}: {letter.title}</h1>
      <LetterTabs letterId={id} current="edit" />
      {letter.status === "delivered" ? (
        <p className="notice">{errors("LETTER_DELIVERED")}</p>
      ) : (
        <LetterForm
          action={updateLetterAction}
          letterId={id}
          submitLabel={t("save")}
          versionWarning={letter.confirmedCurrent > 0
            ? t("versionWarning", { count: letter.confirmedCurrent, current: letter.version, next: letter.version + 1 })
            : undefined}
          initial={{
            language: letter.language, title: letter.title, slug: letter.slug, addressee: letter.addressee, body: letter.body,
            deadline: letter.deadline ? letter.deadline.toISOString().slice(0, 16) : "",
            coordinators: letter.coordinators, signerKinds: letter.signerKinds,
          }}
        />
      )}
    </div>
  );
}
