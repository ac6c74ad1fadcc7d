import { FieldFrame as Field } from "@/components/ui/field-frame";
import type { ErrorCode } from "@/lib/errors";
import type { SignatureKind } from "@/lib/signatures/kinds";
import { LIMITS } from "@/lib/signatures/limits";

/** The sign form's words for signing as an individual (individuals.json), worked out on the server. */
export type KindWords = {
  legend: string;
  asKind: Record<SignatureKind, string>;
  name: string;
  affiliation: string;
  affiliationHint: string;
  consent: string;
  consentHint: string;
  /** An individual's wording of a code for a field ("Enter your name."), where it differs from an organisation's. */
  fieldErrors: Partial<Record<"orgName" | "country" | "consent", Partial<Record<ErrorCode, string>>>>;
};

/**
 * On a letter that takes both kinds, every field of both is in the page and a style hides the
 * kind not chosen (`:has()` on the radio), so the choice works without JavaScript; the server
 * reads only the chosen kind's fields (signatureInputFromForm). On a letter of one kind, only its fields.
 */
export const onlyFor = (kinds: readonly SignatureKind[], kind: SignatureKind): string => (kinds.length > 1 ? `for-${kind}` : "");

/** An individual's name has its own input (in the page beside the organisation's name), read as orgName. */
export const NAME_INPUT = "name";

/** Where a field's error points: an individual's name is the "name" input; the choice, its chosen radio. */
export function fieldAnchor(field: string, kind: SignatureKind): string {
  if (field === "kind") return `sign-kind-${kind}`;
  return field === "orgName" && kind === "individual" ? `sign-${NAME_INPUT}` : `sign-${field}`;
}

type Problem = { error?: ErrorCode; errorText?: string };

/** "I sign as an organisation / as an individual": radios at the top of the form, with the server's refusal right by them. */
export function KindChoice({ kinds, chosen, words, problem, onChoose }: {
  kinds: readonly SignatureKind[];
  chosen: SignatureKind;
  words: KindWords;
  problem: Problem;
  onChoose: (kind: SignatureKind) => void;
}) {
  if (kinds.length === 1) return kinds[0] === "organisation" ? null : <input type="hidden" name="kind" value={kinds[0]} />;
  return (
    <fieldset className="field signer-kind" aria-describedby={problem.error ? "sign-kind-error" : undefined}>
      <legend>{words.legend}</legend>
      {problem.error && <p className="field-error" id="sign-kind-error">{problem.errorText}</p>}
      {kinds.map((kind) => (
        <div className="radio" key={kind}>
          <input id={`sign-kind-${kind}`} type="radio" name="kind" value={kind} defaultChecked={kind === chosen}
            data-kind={kind} aria-invalid={problem.error ? true : undefined} onChange={() => onChoose(kind)} />
          <label htmlFor={`sign-kind-${kind}`}>{words.asKind[kind]}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** An individual's own fields: their name, and the affiliation they give "for identification only". */
export function IndividualFields({ className, words, value, problem }: {
  className: string;
  words: KindWords;
  value: (name: string) => string | undefined;
  problem: (field: "orgName" | "affiliation") => Problem;
}) {
  const field = (id: string, name: string, label: string, p: Problem, extra: { hint?: string; autoComplete: string; required?: boolean }) => (
    <Field id={id} label={label} hint={extra.hint} {...p} className={`span-2 ${className}`}>
      {(d) => (
        <input id={id} name={name} type="text" dir="auto" autoComplete={extra.autoComplete} maxLength={LIMITS.orgName}
          defaultValue={value(name)} aria-invalid={p.error ? true : undefined} aria-describedby={d} required={extra.required} />
      )}
    </Field>
  );
  return (
    <>
      {field(`sign-${NAME_INPUT}`, NAME_INPUT, words.name, problem("orgName"), { autoComplete: "name", required: true })}
      {field("sign-affiliation", "affiliation", words.affiliation, problem("affiliation"), { hint: words.affiliationHint, autoComplete: "organization" })}
    </>
  );
}
