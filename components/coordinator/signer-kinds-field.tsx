"use client";

import { useTranslations } from "next-intl";
import { SIGNER_KINDS } from "@/lib/signatures/kinds";
import type { ErrorCode } from "@/lib/errors";

/**
 * Who may sign a letter: organisations only (the default), individuals only, or both. Radios, so
 * the choice is plain without JavaScript; changing it later loses no signature (docs/COORDINATORS.md).
 */
export function SignerKindsField({ value, error }: { value: string; error?: ErrorCode }) {
  const t = useTranslations("individuals.signerKinds");
  const general = useTranslations("errors");
  const chosen = (SIGNER_KINDS as readonly string[]).includes(value) ? value : "organisations";
  return (
    <fieldset className="field signer-kinds" aria-describedby={`signerKinds-hint${error ? " signerKinds-error" : ""}`}>
      <legend>{t("legend")}</legend>
      <p className="hint" id="signerKinds-hint">{t("hint")}</p>
      {error && <p className="field-error" id="signerKinds-error">{general(error)}</p>}
      {SIGNER_KINDS.map((kinds) => (
        <div className="radio" key={kinds}>
          <input id={`signerKinds-${kinds}`} type="radio" name="signerKinds" value={kinds} defaultChecked={kinds === chosen} />
          <label htmlFor={`signerKinds-${kinds}`}>{t(kinds)}</label>
        </div>
      ))}
    </fieldset>
  );
}
