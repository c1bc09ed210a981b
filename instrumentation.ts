/**
 * Runs once when a server starts, before it answers: a configuration that would fail every
 * request (a short AUTH_SECRET, a missing one in production) stops the process here with the
 * reason, instead of "Ready" followed by a bare 500 per request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  let problems: string[];
  try {
    const { startupProblems } = await import("./lib/env");
    problems = startupProblems();
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length) {
    console.error(`\nReadcheck cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    process.exit(1);
  }
}
