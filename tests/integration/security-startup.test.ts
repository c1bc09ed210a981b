/**
 * Production configuration (issue 11): the demo accounts exist only when asked for, and a server
 * whose AUTH_SECRET would fail every request refuses to start, saying why. Each case starts its
 * own `next start`, so it runs once (on the pg project), not once per driver.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/db/seed";
import { ApiClient } from "../support/api";
import { startAppServer } from "../support/app-server";

const driver = inject("driver");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.skipIf(driver !== "postgres")("production configuration", () => {
  it("npm start on the embedded database seeds no demo accounts unless DEMO=1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "readcheck-nodemo-"));
    dirs.push(dir);
    const app = await startAppServer({ DATA_DIR: dir });
    try {
      const teacher = DEMO_ACCOUNTS[1];
      expect(await new ApiClient(app.baseUrl).signIn(teacher.email, teacher.password)).toBe(false);
      // The quizzes are there: the database was seeded, only without the public accounts.
      expect((await new ApiClient(app.baseUrl).json("/api/quizzes")).body.quizzes.length).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  }, 240_000);

  it("a 31-character AUTH_SECRET stops the server at start with the reason", async () => {
    const error = await startAppServer({ ...inject("appEnv"), AUTH_SECRET: "x".repeat(31) }).then(
      async (app) => {
        await app.stop();
        return null;
      },
      (err: Error) => err,
    );
    expect(error?.message).toMatch(/next start exited with 1/);
    expect(error?.message).toContain("AUTH_SECRET must be at least 32 characters");
  }, 120_000);

  it("a missing AUTH_SECRET in production stops the server at start", async () => {
    const error = await startAppServer({ ...inject("appEnv"), AUTH_SECRET: "" }).then(
      async (app) => {
        await app.stop();
        return null;
      },
      (err: Error) => err,
    );
    expect(error?.message).toContain("AUTH_SECRET must be set in production");
  }, 120_000);
});
