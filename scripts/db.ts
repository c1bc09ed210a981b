/**
 * Database chores outside requests, for whichever database the environment selects:
 *   npm run db:migrate            apply pending migrations (the build step on Vercel)
 *   npm run db:seed [-- --demo]   load quizzes/ (and the demo accounts with --demo)
 */
import { openDatabase } from "@/lib/db/client";
import { seed } from "@/lib/db/seed";

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== "migrate" && command !== "seed") {
    console.error("usage: db.ts migrate | seed [--demo]");
    process.exit(2);
  }
  const started = Date.now();
  const handle = await openDatabase();
  try {
    if (command === "migrate") {
      await handle.migrate();
      console.log(`[db] ${handle.driver}: migrations applied in ${Date.now() - started} ms`);
    } else {
      // The embedded database is migrated by its own server at start; a script may run first.
      if (handle.driver === "pglite") await handle.migrate();
      const result = await seed(handle.db, { demo: flags.includes("--demo") });
      console.log(`[db] ${handle.driver}: ${result.files} quiz files, ${result.changed} changed`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  // Drizzle wraps driver errors: the cause says what the database (or the network) answered.
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : "";
  console.error("[db]", err instanceof Error ? err.message : err, cause);
  process.exit(1);
});
