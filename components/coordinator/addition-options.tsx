"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";
import { ADDITION_MODES, SOURCE_NOTE_MAX } from "@/lib/import/schema";

type Props = { mode?: string; note?: string; errors: { mode?: ErrorCode; note?: ErrorCode } };

/** How added signatures are confirmed (a mail to the contact, or the coordinator records them) and the note of their source. */
export function AdditionOptions({ mode, note, errors }: Props) {
  const t = useTranslations("import.options");
  const general = useTranslations("errors");
  return (
    <>
      <fieldset className="field" aria-describedby={errors.mode ? "mode-error" : undefined}>
        <legend>{t("legend")}</legend>
        {errors.mode && <p className="field-error" id="mode-error">{general(errors.mode)}</p>}
        {ADDITION_MODES.map((m) => (
          <div key={m}>
            <input type="radio" id={`mode-${m}`} name="mode" value={m} defaultChecked={(mode ?? "mail") === m} aria-describedby={`mode-${m}-hint`} />{" "}
            <label htmlFor={`mode-${m}`}>{t(m)}</label>
            <div className="hint" id={`mode-${m}-hint`}>{t(`${m}Hint`)}</div>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="note">{t("note")}</label>
        <span className="hint" id="note-hint">{t("noteHint", { max: SOURCE_NOTE_MAX })}</span>
        {errors.note && <p className="field-error" id="note-error">{errors.note === "REQUIRED" ? t("noteRequired") : general(errors.note)}</p>}
        <input id="note" name="note" type="text" maxLength={SOURCE_NOTE_MAX} defaultValue={note ?? ""} dir="auto"
          aria-describedby={errors.note ? "note-hint note-error" : "note-hint"} aria-invalid={errors.note ? true : undefined} />
      </div>
    </>
  );
}
