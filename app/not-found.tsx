// Reached only by addresses outside the six languages (a missing file in public/); every page
// address is redirected into a language first and gets app/[locale]/not-found.tsx.
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <h1>Page not found</h1>
        <p><a href="/">Undersigned</a></p>
      </body>
    </html>
  );
}
