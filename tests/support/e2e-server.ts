/**
 * Playwright's web server: a throwaway PostgreSQL (unless DATABASE_URL is set), migrated and
 * seeded with the quizzes and the demo accounts, and the built app on E2E_PORT. Cleans up on
 * SIGTERM, which Playwright sends when the run ends.
 */
import { startAppServer } from "./app-server";
import { runDbScript } from "./db-script";
import { startPostgres } from "./postgres";

const port = Number(process.env.E2E_PORT ?? 3210);

async function main() {
  const pg = process.env.DATABASE_URL ? undefined : await startPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? pg!.url;
  const cleanups: (() => unknown)[] = [() => pg?.stop()];
  const shutdown = async () => {
    for (const fn of cleanups.reverse()) await fn();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  try {
    runDbScript(["migrate"], { DATABASE_URL: databaseUrl });
    runDbScript(["seed", "--demo"], { DATABASE_URL: databaseUrl });
    const app = await startAppServer({ DATABASE_URL: databaseUrl }, { port });
    cleanups.push(() => app.stop());
    console.log(`[e2e] app ready at ${app.baseUrl}`);
  } catch (err) {
    console.error(err);
    await shutdown();
  }
}

void main();
