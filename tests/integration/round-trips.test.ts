/**
 * Statements each request sends to the database, counted by the driver wrapper of
 * lib/db/pool.ts (DB_COUNT_STATEMENTS=1 → `x-db-statements`). A count, not a timing: every
 * statement is a round trip holding one of the instance's few pooled connections.
 *
 * The attempt routes' bounds (start ≤ 2, autosave ≤ 1, submit ≤ 2, each including the session
 * check) are issue 10's targets for the attempt service (lib/attempts); before its rewrite they
 * were 5, 2 and 9, and 3, 2 and 3 while the session check was a statement of its own.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { perfectResponses } from "../support/serval";
import { closeTestDb, createUser, testDb } from "../factories";

let app: AppServer;
let student: ApiClient;
let servalId: string;

beforeAll(async () => {
  // An instance of its own on the shared database, with the counter on.
  app = await startAppServer({ ...inject("appEnv"), DB_COUNT_STATEMENTS: "1" });
  const user = await createUser(inject("databaseUrl"));
  student = new ApiClient(app.baseUrl);
  expect(await student.signIn(user.email, user.password)).toBe(true);
  servalId = (await student.json("/api/quizzes")).body.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await closeTestDb();
});

async function statements(pathname: string, init: RequestInit & { json?: unknown } = {}, client = student) {
  const res = await client.request(pathname, init);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBeLessThan(300);
  const header = res.headers.get("x-db-statements");
  expect(header, "the app answers x-db-statements when DB_COUNT_STATEMENTS=1").toMatch(/^\d+$/);
  return { n: Number(header), body };
}

/**
 * A signed-in request checks its session (revocable sessions: the user's session version and
 * revoked sids, lib/auth/session.ts) in one primary-key read of its own — except the attempt
 * loop's routes, which fold it into their first statement (lib/attempts/caller.ts).
 */
const SESSION_CHECK = 1;

describe("statements per request", () => {
  it("GET /api/health sends one", async () => {
    expect((await statements("/api/health")).n).toBe(1);
  });

  it("GET /api/quizzes sends one (and the session check when signed in)", async () => {
    expect((await statements("/api/quizzes", {}, new ApiClient(app.baseUrl))).n).toBe(1);
    expect((await statements("/api/quizzes")).n).toBe(1 + SESSION_CHECK);
  });

  it("the counter is off unless asked for", async () => {
    const plain = await fetch(`${inject("baseUrl")}/api/health`);
    expect(plain.headers.get("x-db-statements")).toBeNull();
  });

  describe("the attempt loop (issue 10's targets for the attempt service)", () => {
    /** One student's start, two autosaves and submit, each with its statement count. */
    async function loop(client: ApiClient) {
      const start = await statements(`/api/quizzes/${servalId}/attempts`, { method: "POST" }, client);
      const responses = perfectResponses(start.body.questions);
      const [a, b] = Object.keys(responses) as [string, string];
      const id = start.body.attemptId;
      const save1 = await statements(`/api/attempts/${id}/responses`, { method: "PUT", json: { responses: { [a]: responses[a] } } }, client);
      const save2 = await statements(`/api/attempts/${id}/responses`, { method: "PUT", json: { responses: { [b]: responses[b] } } }, client);
      const submit = await statements(`/api/attempts/${id}/submit`, { method: "POST", json: { responses } }, client);
      return { start: start.n, save1: save1.n, save2: save2.n, submit: submit.n };
    }
    const atMost = (counts: Record<string, number>, bounds: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, Math.min(n, bounds[k]!)]));

    it("start sends at most 2, autosave 1, submit 2 (warm; one more the first time on an instance), the session check included", async () => {
      // Questions and keys of a quiz version never change, so the process may keep them: the
      // first loop on a fresh instance reads them, later loops must not.
      const cold = await loop(student);
      const other = new ApiClient(app.baseUrl);
      const user = await createUser(inject("databaseUrl"));
      expect(await other.signIn(user.email, user.password)).toBe(true);
      const warm = await loop(other);
      const counts = {
        ...Object.fromEntries(Object.entries(cold).map(([k, n]) => [`cold ${k}`, n])),
        ...Object.fromEntries(Object.entries(warm).map(([k, n]) => [`warm ${k}`, n])),
      };
      const bounds = {
        "cold start": 2, "cold save1": 1, "cold save2": 1, "cold submit": 3,
        "warm start": 2, "warm save1": 1, "warm save2": 1, "warm submit": 2,
      };
      expect(counts).toEqual(atMost(counts, bounds));
    });
  });
});

describe("the folded session check still refuses", () => {
  /** A student mid-attempt (autosaved once, so this instance remembers the attempt's slots), and a copy of their cookie. */
  async function midAttempt() {
    const user = await createUser(inject("databaseUrl"));
    const client = new ApiClient(app.baseUrl);
    expect(await client.signIn(user.email, user.password)).toBe(true);
    const start = await client.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    expect(start.status).toBe(201);
    const responses = perfectResponses(start.body.questions);
    const [first] = Object.keys(responses) as [string];
    const saved = await client.json(`/api/attempts/${start.body.attemptId}/responses`, { method: "PUT", json: { responses: { [first]: responses[first] } } });
    expect(saved.status).toBe(200);
    return { user, client, stolen: client.copy(), attemptId: start.body.attemptId as string, responses };
  }

  async function refusedEverywhere(cookie: ApiClient, attemptId: string, responses: Record<string, unknown>) {
    const statuses = {
      start: (await cookie.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" })).status,
      autosave: (await cookie.json(`/api/attempts/${attemptId}/responses`, { method: "PUT", json: { responses } })).status,
      submit: (await cookie.json(`/api/attempts/${attemptId}/submit`, { method: "POST", json: { responses } })).status,
      "someone else's attempt": (await cookie.json(`/api/attempts/${crypto.randomUUID()}/submit`, { method: "POST", json: { responses } })).status,
    };
    expect(statuses).toEqual({ start: 401, autosave: 401, submit: 401, "someone else's attempt": 401 });
    const { rows } = await testDb(inject("databaseUrl")).query("select status, draft from attempts where id = $1", [attemptId]);
    expect(rows[0].status).toBe("in_progress");
    expect(Object.keys(rows[0].draft)).toHaveLength(1); // only the answer saved before
  }

  it("a signed-out session's cookie on start, autosave and submit: 401, nothing written", async () => {
    const { client, stolen, attemptId, responses } = await midAttempt();
    await client.signOut();
    await refusedEverywhere(stolen, attemptId, responses);
  });

  it("every session of an account ended (its session version moved on): 401, nothing written", async () => {
    const { user, stolen, attemptId, responses } = await midAttempt();
    await testDb(inject("databaseUrl")).query("update users set session_version = session_version + 1 where id = $1", [user.id]);
    await refusedEverywhere(stolen, attemptId, responses);
  });
});
