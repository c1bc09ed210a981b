/**
 * Next.js runs `register` once when a server process starts, before it answers requests: the
 * place to prepare the embedded database (lib/db/bootstrap.ts). Server databases need nothing here.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the database
  const { selectedDriver } = await import("@/lib/env");
  if (selectedDriver() !== "pglite") return;
  const { sharedHandle } = await import("@/lib/db/client");
  const { bootstrapEmbedded } = await import("@/lib/db/bootstrap");
  await bootstrapEmbedded(await sharedHandle());
}
