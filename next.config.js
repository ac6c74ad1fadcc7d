import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets tests build the app without touching a developer's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project as its own first step; its build skips the repeat.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  // Native or Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "@prisma/adapter-libsql",
    "@prisma/adapter-pg",
    "pg",
    "nodemailer",
    // The Typst compiler is a native addon, loaded by the PDF worker (lib/export/pdf-worker.mjs).
    "@myriaddreamin/typst-ts-node-compiler",
    // resvg draws the share image from Typst's SVG in its worker (lib/share/image-worker.mjs).
    "@resvg/resvg-js",
  ],
  experimental: {
    // Matches the body limit of a signature form (every field at its maximum length, with room).
    serverActions: { bodySizeLimit: "64kb" },
  },
};

export default withNextIntl(nextConfig);
