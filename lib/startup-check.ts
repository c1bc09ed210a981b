/**
 * Stops a Node server that is configured so every request would fail (a short AUTH_SECRET, a
 * missing one in production), with the reason, instead of "Ready" and a bare 500 per request.
 * Called from instrumentation.ts when the server starts.
 */
export async function checkStartup() {
  let problems: string[];
  try {
    const { startupProblems } = await import("./env");
    problems = startupProblems();
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length) {
    console.error(`\nReadcheck cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}\n`);
    process.exit(1);
  }
}
