// Bare reference, copied by bench/app-copy.ts into the benchmark's own build only (never into the
// app) as app/[locale]/bench-reference/empty/page.tsx: a page with nothing in it under today's
// layout, so the JavaScript it loads is the layout's and Next's, the floor under every page.
export default function EmptyReferencePage() {
  return null;
}
