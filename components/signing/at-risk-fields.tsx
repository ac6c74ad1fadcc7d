/** The at-risk choice's words, in the page's language (atRiskFormWords on the server). */
export type AtRiskFormWords = { legend: string; hideName: string; hideNameHint: string; hideCountry: string; hideCountryHint: string };

type Props = {
  words: AtRiskFormWords;
  values: { hideName?: unknown; hideCountry?: unknown };
  /** Shown only while "as an organisation" is chosen, on a letter that takes both kinds. */
  className?: string;
};

/**
 * "Count our organisation, but do not name it in public" and, under it, "Do not show our country
 * either" (lib/signatures/at-risk.ts), each with its plain explanation right next to it. Both start
 * unticked, and keep what the signer chose when the form comes back with an error. Plain checkboxes:
 * they work without JavaScript; the server ignores the second without the first.
 */
export function AtRiskFields({ words, values, className }: Props) {
  return (
    <fieldset className={["field", "at-risk", className].filter(Boolean).join(" ")}>
      <legend>{words.legend}</legend>
      <div className="checkbox">
        <input id="sign-hideName" name="hideName" type="checkbox" defaultChecked={values.hideName === true}
          aria-describedby="sign-hideName-hint" />
        <label htmlFor="sign-hideName">{words.hideName}</label>
      </div>
      <p className="hint" id="sign-hideName-hint">{words.hideNameHint}</p>
      <div className="checkbox at-risk-country">
        <input id="sign-hideCountry" name="hideCountry" type="checkbox" defaultChecked={values.hideCountry === true}
          aria-describedby="sign-hideCountry-hint" />
        <label htmlFor="sign-hideCountry">{words.hideCountry}</label>
      </div>
      <p className="hint at-risk-country" id="sign-hideCountry-hint">{words.hideCountryHint}</p>
    </fieldset>
  );
}
