/**
 * The app under test with its database, for each driver the app supports:
 * - postgres: a PostgreSQL server (DATABASE_URL if given, else a throwaway one) through `pg`;
 * - vercel-postgres: the same kind of server reached through @vercel/postgres over a local
 *   WebSocket proxy, as on Vercel/Neon;
 * - pglite: the embedded default in a temp folder.
 * Server databases are migrated and seeded with `npm run db:*`, as a deployment would be.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startAppServer, type AppServer } from "./app-server";
import { runDbScript } from "./db-script";
import { startPostgres, type TestPostgres } from "./postgres";
import { startWsProxy } from "./ws-proxy";

export type Driver = "postgres" | "vercel-postgres" | "pglite";

export type Stack = {
  app: AppServer;
  driver: Driver;
  /** A `pg` URL of the same database, for factories; empty for PGlite. */
  databaseUrl: string;
  /** The environment the app runs with (to start more instances on the same database). */
  appEnv: Record<string, string>;
  /** The throwaway server, when this stack started one (not for DATABASE_URL or PGlite). */
  postgres?: TestPostgres;
  stop: () => Promise<void>;
};

export async function startStack(
  driver: Driver,
  {
    demo = false,
    port,
    ownPostgres = false,
    appOnlyEnv = {},
    postgresSettings,
  }: {
    demo?: boolean;
    port?: number;
    ownPostgres?: boolean;
    appOnlyEnv?: Record<string, string>;
    /** Extra settings for the throwaway server this stack starts (see postgres.ts). */
    postgresSettings?: string[];
  } = {},
): Promise<Stack> {
  const cleanups: (() => unknown)[] = [];
  const stop = async () => {
    for (const fn of cleanups.reverse()) await fn();
  };
  try {
    if (driver === "pglite") {
      const dataDir = mkdtempSync(path.join(tmpdir(), "readcheck-pglite-"));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      // The embedded database seeds the demo accounts only when asked; the suites sign in with them.
      const appEnv = { DATA_DIR: dataDir, DEMO: "1", ...appOnlyEnv };
      const app = await startAppServer(appEnv, { port });
      cleanups.push(() => app.stop());
      return { app, driver, databaseUrl: "", appEnv, stop };
    }

    const pg = process.env.DATABASE_URL && !ownPostgres ? undefined : await startPostgres({ settings: postgresSettings });
    if (pg) cleanups.push(() => pg.stop());
    const databaseUrl = pg?.url ?? process.env.DATABASE_URL!;
    let appEnv: Record<string, string> = { DATABASE_URL: databaseUrl };
    if (driver === "vercel-postgres") {
      const proxy = await startWsProxy();
      cleanups.push(() => proxy.stop());
      // @vercel/postgres accepts a non-pooled URL only when the host is literally "localhost".
      const url = new URL(databaseUrl);
      url.hostname = "localhost";
      appEnv = { POSTGRES_URL: url.toString(), POSTGRES_WS_PROXY: proxy.url };
    }
    await runDbScript(["migrate"], appEnv);
    await runDbScript(demo ? ["seed", "--demo"] : ["seed"], appEnv);
    appEnv = { ...appEnv, ...appOnlyEnv };
    const app = await startAppServer(appEnv, { port });
    cleanups.push(() => app.stop());
    return { app, driver, databaseUrl, appEnv, postgres: pg, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
