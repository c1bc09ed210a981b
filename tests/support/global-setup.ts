/**
 * Each integration project runs the built app on one driver (see stack.ts) and hands the tests
 * its address. The project name says which: integration → pg, integration-vercel →
 * @vercel/postgres, integration-pglite → the embedded default.
 */
import type { TestProject } from "vitest/node";
import { startStack, type Driver } from "./stack";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    driver: Driver;
    appEnv: Record<string, string>;
  }
}

const drivers: Record<string, Driver> = {
  integration: "postgres",
  "integration-vercel": "vercel-postgres",
  "integration-pglite": "pglite",
};

/** The scheduled sweep's bearer token in the integration apps (tests read it from appEnv). */
const TEST_CRON_SECRET = "integration-cron-secret-0123456789";

export default async function setup(project: TestProject) {
  const driver = drivers[project.name];
  if (!driver) throw new Error(`no driver for test project ${project.name}`);
  const stack = await startStack(driver, { appOnlyEnv: { CRON_SECRET: TEST_CRON_SECRET } });
  project.provide("baseUrl", stack.app.baseUrl);
  project.provide("databaseUrl", stack.databaseUrl);
  project.provide("driver", driver);
  project.provide("appEnv", stack.appEnv);
  return stack.stop;
}
