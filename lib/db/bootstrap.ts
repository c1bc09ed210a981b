/**
 * Start-up chores of the embedded database: one process owns a PGlite folder, so it applies
 * pending migrations and seeds (idempotently) each time the server starts. Server databases are
 * migrated and seeded outside requests (`npm run db:migrate`, `db:seed`), never here.
 *
 * Called once per server process from instrumentation.ts, and by in-process tests. Kept apart
 * from lib/db/client.ts so the driver module imports nothing of the product.
 */
import "server-only";
import type { Handle } from "./client";
import { seed } from "./seed";

export async function bootstrapEmbedded(handle: Handle, { demo = true }: { demo?: boolean } = {}) {
  if (handle.driver !== "pglite") return;
  await handle.migrate();
  await seed(handle.db, { demo });
}
