/**
 * Overload is not an outage. An instance whose connections are all taken while the database
 * answers says 503 `busy` with Retry-After, at once, for requests past its bounded queue — never
 * `database_unavailable`, never 500 — and serves the queued ones when a connection frees up.
 * A statement the database does not answer in time is a 503 too, never a 500. A request is
 * admitted once, as a whole: refused before it has sent anything, never halfway through.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { closeTestDb, createUser, testDb } from "../factories";

const databaseUrl = inject("databaseUrl");
let app: AppServer;
let slow: AppServer;
let flood: AppServer;

beforeAll(async () => {
  // One connection and room for two in line: small numbers make the bounds visible.
  [app, slow, flood] = await Promise.all([
    startAppServer({ ...inject("appEnv"), DATABASE_POOL_MAX: "1", DATABASE_QUEUE_MAX: "2", DATABASE_QUEUE_TIMEOUT_MS: "30000", DB_COUNT_STATEMENTS: "1" }),
    startAppServer({ ...inject("appEnv"), DATABASE_QUERY_TIMEOUT_MS: "1000" }),
    // Short waits: before admission per request, statements of requests halfway through were refused.
    startAppServer({ ...inject("appEnv"), DATABASE_POOL_MAX: "1", DATABASE_QUEUE_MAX: "4", DATABASE_QUEUE_TIMEOUT_MS: "50", DB_COUNT_STATEMENTS: "1" }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([app?.stop(), slow?.stop(), flood?.stop()]);
  await closeTestDb();
});

/**
 * Holds a lock on `quizzes` from outside the app, so the app's list query waits on it with the
 * connection checked out: the database is up and answering, the app's pool is simply taken.
 */
async function lockQuizzes() {
  const locker = new pg.Client({ connectionString: databaseUrl });
  await locker.connect();
  await locker.query("begin");
  await locker.query("lock table quizzes in access exclusive mode");
  return {
    release: async () => {
      await locker.query("rollback");
      await locker.end();
    },
  };
}

/** Resolves once `n` statements of the app wait on a lock (as Postgres reports it). */
async function waitersOnLock(n: number) {
  await expect
    .poll(async () => {
      const { rows } = await testDb(databaseUrl).query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%from \"quizzes\"%'",
      );
      return rows[0]!.n;
    }, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(n);
}

/**
 * How many requests wait in the app's admission queue, read off a request that never reaches
 * the database (a query the route refuses first), so the probe takes no place in the queue.
 */
async function waitingInQueue(client: ApiClient) {
  const res = await client.request("/api/quizzes?mine=not-a-flag");
  const header = res.headers.get("x-db-waiting");
  if (header === null) throw new Error("the app answers x-db-waiting only with DB_COUNT_STATEMENTS=1");
  return Number(header);
}

describe("a saturated instance", () => {
  it("answers busy with Retry-After past its queue, and serves the queue once a connection frees", async () => {
    const client = new ApiClient(app.baseUrl);
    const lock = await lockQuizzes();
    try {
      const holding = client.json("/api/quizzes"); // takes the one connection and waits on the lock
      await waitersOnLock(1);
      const queued = [client.json("/api/quizzes"), client.json("/api/quizzes")];
      // Both are in the queue before the next ones arrive.
      await expect.poll(() => waitingInQueue(client), { timeout: 30_000 }).toBe(2);
      const refused = await Promise.all(Array.from({ length: 6 }, () => client.request("/api/quizzes")));
      for (const res of refused) {
        expect(res.status).toBe(503);
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
        expect((await res.json()).error.code).toBe("busy");
      }
      const health = await client.json("/api/health");
      expect(health.status).toBe(503);
      expect(health.body.error.code).toBe("busy");

      await lock.release();
      expect((await holding).status).toBe(200);
      expect((await Promise.all(queued)).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await lock.release().catch(() => {});
    }
    expect((await client.json("/api/health")).status).toBe(200);
  });

  it("flooded past its bound, refuses whole requests before they send anything, never one halfway through", async () => {
    // A signed-in list is two statements (the session check, the list): room to refuse between them.
    const user = await createUser(databaseUrl);
    const student = new ApiClient(flood.baseUrl);
    expect(await student.signIn(user.email, user.password)).toBe(true);
    const outcomes = new Map<string, number>();
    const note = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    const retryAfters = new Set<string>();
    await Promise.all(
      Array.from({ length: 48 }, async () => {
        for (let i = 0; i < 12; i++) {
          const res = await student.request("/api/quizzes");
          const code = ((await res.json()) as { error?: { code?: string } }).error?.code;
          const sent = Number(res.headers.get("x-db-statements"));
          if (res.status === 200) note("ok");
          else if (res.status === 503 && code === "busy") {
            note(sent === 0 ? "refused before any statement" : "refused after it was admitted");
            retryAfters.add(res.headers.get("retry-after") ?? "none");
          } else note(`${res.status} ${code}`);
        }
      }),
    );
    const counts = Object.fromEntries(outcomes);
    expect(counts).toEqual({ ok: expect.any(Number), "refused before any statement": expect.any(Number) });
    expect(counts["refused before any statement"]).toBeGreaterThan(0); // the flood did pass the bound
    for (const wait of retryAfters) expect(wait).toMatch(/^[1-9]\d*$/);
  }, 120_000);

  it("answers a statement the database did not answer in time with 503, not 500", async () => {
    const client = new ApiClient(slow.baseUrl);
    const lock = await lockQuizzes();
    try {
      const res = await client.json("/api/quizzes");
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe("database_unavailable");
    } finally {
      await lock.release();
    }
    expect((await client.json("/api/quizzes")).status).toBe(200);
  });
});
