/**
 * Next.js runs `register` once when a server process starts, before it answers requests:
 * - a configuration that would fail every request (a short AUTH_SECRET, none in production)
 *   stops the process here with the reason (lib/startup-check.ts);
 * - the embedded database is prepared (lib/db/bootstrap.ts). Server databases need nothing here.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the database
  await (await import("./lib/startup-check")).checkStartup();
  const { demoAccountsEnabled, selectedDriver } = await import("@/lib/env");
  if (selectedDriver() !== "pglite") return;
  const { sharedHandle } = await import("@/lib/db/client");
  const { bootstrapEmbedded } = await import("@/lib/db/bootstrap");
  await bootstrapEmbedded(await sharedHandle(), { demo: demoAccountsEnabled() });
}
