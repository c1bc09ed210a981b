/**
 * Playwright's web server: the built app on E2E_PORT over a throwaway PostgreSQL (or
 * DATABASE_URL), seeded with the quizzes and the demo accounts. Cleans up on SIGTERM, which
 * Playwright sends when the run ends.
 */
import { rmSync, writeFileSync } from "node:fs";
import { E2E_TEACHER_CODE, e2eDatabaseUrlFile } from "./e2e-env";
import { startStack } from "./stack";

async function main() {
  const stack = await startStack("postgres", {
    demo: true,
    port: Number(process.env.E2E_PORT ?? 3210),
    // Teacher sign-up is gated in the browser tests, so the gate itself is tested.
    appOnlyEnv: { TEACHER_SIGNUP_CODE: E2E_TEACHER_CODE },
  });
  writeFileSync(e2eDatabaseUrlFile(), stack.databaseUrl);
  const shutdown = async () => {
    rmSync(e2eDatabaseUrlFile(), { force: true });
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  console.log(`[e2e] app ready at ${stack.app.baseUrl}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
