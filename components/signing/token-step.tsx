import type { ReactNode } from "react";
import { TokenProblem } from "@/components/signing/token-problem";
import { TokenSignatureSummary } from "@/components/signing/token-signature";
import { lookUpToken, type TokenPurpose, type TokenSignature } from "@/lib/signatures/queries";

type Props = {
  token: string;
  purpose: TokenPurpose;
  /** The page's heading, introduction and button, given the signature the link is about. */
  children: (signature: TokenSignature) => { title: string; intro: string; action: ReactNode };
};

/**
 * A page reached by a link from a signer's email: what the link is about, and the one button
 * that acts on it. Looking changes nothing (mail scanners follow links); only the button posts.
 * A link that cannot be used says why instead.
 */
export async function TokenStep({ token, purpose, children }: Props) {
  const lookup = await lookUpToken(token, purpose);
  if (!lookup.ok) return <TokenProblem code={lookup.code} />;
  const { title, intro, action } = children(lookup.signature);
  return (
    <section className="stack" aria-labelledby="token-heading">
      <h1 id="token-heading">{title}</h1>
      <p>{intro}</p>
      <TokenSignatureSummary signature={lookup.signature} />
      {action}
    </section>
  );
}
