/**
 * Integration suites run against the real built app. `integration` uses a PostgreSQL server —
 * DATABASE_URL if given (it must be a database the tests may fill), else a throwaway one started
 * here. `integration-pglite` runs the app on its embedded database in a temp folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startAppServer } from "./app-server";
import { runDbScript } from "./db-script";
import { startPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    driver: "postgres" | "pglite";
  }
}

export default async function setup(project: TestProject) {
  if (project.name === "integration-pglite") {
    const dataDir = mkdtempSync(path.join(tmpdir(), "readcheck-pglite-"));
    const app = await startAppServer({ DATA_DIR: dataDir });
    project.provide("baseUrl", app.baseUrl);
    project.provide("databaseUrl", "");
    project.provide("driver", "pglite");
    return async () => {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const pg = process.env.DATABASE_URL ? undefined : await startPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? pg!.url;
  try {
    runDbScript(["migrate"], { DATABASE_URL: databaseUrl });
    runDbScript(["seed"], { DATABASE_URL: databaseUrl });
    const app = await startAppServer({ DATABASE_URL: databaseUrl });
    project.provide("baseUrl", app.baseUrl);
    project.provide("databaseUrl", databaseUrl);
    project.provide("driver", "postgres");
    return async () => {
      await app.stop();
      pg?.stop();
    };
  } catch (err) {
    pg?.stop();
    throw err;
  }
}
