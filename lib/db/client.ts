/**
 * The one place that knows which database driver is in use. Everything above it sees a Drizzle
 * `Db`. The environment decides (lib/env.ts): DATABASE_URL → `pg`, POSTGRES_URL →
 * @vercel/postgres, neither → embedded PGlite under DATA_DIR.
 *
 * This module only opens connections: it imports nothing of the product. Migrating and seeding
 * the embedded database is lib/db/bootstrap.ts, run once at server start (instrumentation.ts).
 */
import "server-only";
import path from "node:path";
import { env, selectedDriver, type DbDriver } from "@/lib/env";
import * as schema from "./schema";
import type { Db } from "./types";

export type { Conn, Db, Tx } from "./types";

export type Handle = {
  db: Db;
  driver: DbDriver;
  /** Applies pending migrations. Server databases: only from `npm run db:migrate`, never in a request. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

// On globalThis, not in a module variable: dev hot reloads re-evaluate modules, and reopening
// PGlite each time costs seconds and hundreds of MB (shared/STACK.md). The promise is stored so
// concurrent first requests share one open.
const holder = globalThis as unknown as { __readcheckDb?: Promise<Handle> };

export const MIGRATIONS_DIR = path.join(process.cwd(), "lib", "db", "migrations");

/** Opens a new connection to the configured database; callers own it. Scripts use this. */
export async function openDatabase(): Promise<Handle> {
  const driver = selectedDriver();
  if (driver === "postgres") {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pool = new Pool({
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_POOL_MAX,
      // Fail fast when the server is gone instead of hanging a request (answered as 503).
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      query_timeout: 15_000,
    });
    // An idle client losing its connection emits 'error'; unhandled it would crash the process.
    pool.on("error", (err) => console.error("[db] idle client error:", err.message));
    const db = drizzle({ client: pool, schema });
    const migrate = async () => {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    };
    return { db: db as unknown as Db, driver, migrate, close: () => pool.end() };
  }
  if (driver === "vercel-postgres") {
    const { createPool } = await import("@vercel/postgres");
    const { drizzle } = await import("drizzle-orm/vercel-postgres");
    await configureNeon();
    // Never the bare `sql` export: it spreads a transaction's statements over connections.
    const pool = createPool({
      connectionString: env.POSTGRES_URL,
      max: env.DATABASE_POOL_MAX,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    pool.on("error", (err) => console.error("[db] idle client error:", err.message));
    const db = drizzle({ client: pool, schema });
    const migrate = async () => {
      const { migrate } = await import("drizzle-orm/vercel-postgres/migrator");
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    };
    return { db: db as unknown as Db, driver, migrate, close: () => pool.end() };
  }
  return openEmbedded(path.resolve(env.DATA_DIR, "pglite"));
}

/**
 * @vercel/postgres talks to Postgres over WebSocket. Node 20 has no global WebSocket, so hand it
 * `ws`; and with POSTGRES_WS_PROXY (local development, tests) route it through a plain
 * WebSocket → TCP proxy instead of Neon's TLS endpoint. This must be the neonConfig that
 * @vercel/postgres itself imports — package.json pins one deduplicated copy.
 */
async function configureNeon() {
  const { neonConfig } = await import("@neondatabase/serverless");
  if (typeof WebSocket === "undefined") neonConfig.webSocketConstructor = (await import("ws")).default;
  // The driver adds the ws:// or wss:// scheme itself.
  const proxy = env.POSTGRES_WS_PROXY?.replace(/^wss?:\/\//, "");
  if (proxy) {
    neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
  }
}

async function openEmbedded(dir: string): Promise<Handle> {
  const { mkdirSync } = await import("node:fs");
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders.
  const client = new PGlite(dir);
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Db,
    driver: "pglite",
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

/** The process's shared handle, opened on first use. */
export function sharedHandle(): Promise<Handle> {
  holder.__readcheckDb ??= openDatabase().catch((err) => {
    holder.__readcheckDb = undefined; // let the next request try again
    throw err;
  });
  return holder.__readcheckDb;
}

/** The Drizzle client for the configured database, opened on first use. */
export async function getDb(): Promise<Db> {
  return (await sharedHandle()).db;
}

