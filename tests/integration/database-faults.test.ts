/**
 * When Postgres goes away the API answers 503 with a JSON error — promptly, not a hang or a 500 —
 * and recovers by itself once the database is back, without restarting the app.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { startStack, type Stack } from "../support/stack";

const driver = inject("driver");
let stack: Stack;

beforeAll(async () => {
  // A stack of its own: stopping the shared database would break the other suites.
  stack = await startStack(driver === "vercel-postgres" ? "vercel-postgres" : "postgres", { ownPostgres: true });
}, 180_000);
afterAll(() => stack?.stop());

describe(`database faults (${driver})`, () => {
  it("answers 503 while the database is down and recovers when it returns", async () => {
    const client = new ApiClient(stack.app.baseUrl);
    expect((await client.json("/api/quizzes")).status).toBe(200);

    stack.postgres!.halt();
    const started = Date.now();
    const down = await client.json("/api/quizzes");
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe("database_unavailable");
    expect(Date.now() - started).toBeLessThan(15_000);
    const health = await client.json("/api/health");
    expect(health.status).toBe(503);
    expect(health.body.ok).toBe(false);

    stack.postgres!.resume();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await client.json("/api/quizzes")).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await client.json("/api/health")).body).toEqual({ ok: true, db: stack.driver });
  }, 120_000);
});
