import type { Metadata } from "next";
import { OutcomePage } from "../outcome";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default function Page({ params }: { params: Promise<{ slug: string }> }) {
  return <OutcomePage params={params} outcome="confirmed" />;
}
