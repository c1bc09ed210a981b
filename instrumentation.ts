/** Runs once when a server starts, before it answers anything (lib/startup-check.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/startup-check")).checkStartup();
}
