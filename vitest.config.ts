import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL(".", import.meta.url)),
  // `server-only` throws outside React Server Components; tests import lib/db directly.
  "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
};

const integration = {
  environment: "node" as const,
  globalSetup: ["tests/support/global-setup.ts"],
  // One database, many files: files run one after another so fixtures never race.
  fileParallelism: false,
  testTimeout: 30_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // Domain services in-process on PGlite: real SQL, no build, no HTTP.
        resolve: { alias },
        test: { name: "service", include: ["tests/service/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 180_000 },
      },
      {
        resolve: { alias },
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], ...integration },
      },
      {
        // The whole suite again through @vercel/postgres, the Vercel/Neon driver.
        resolve: { alias },
        test: { name: "integration-vercel", include: ["tests/integration/**/*.test.ts"], ...integration },
      },
      {
        // The same core routes on the embedded database (the default a newcomer runs).
        resolve: { alias },
        test: { name: "integration-pglite", include: ["tests/integration/quiz-loop.test.ts"], ...integration },
      },
    ],
  },
});
