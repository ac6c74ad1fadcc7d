// The page frame (<html lang dir>) is app/[locale]/layout.tsx: every page lives under its language.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
