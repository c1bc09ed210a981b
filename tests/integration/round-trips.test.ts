/**
 * Statements each request sends to the database, counted by the driver wrapper of
 * lib/db/pool.ts (DB_COUNT_STATEMENTS=1 → `x-db-statements`). A count, not a timing: every
 * statement is a round trip holding one of the instance's few pooled connections.
 *
 * The attempt routes' bounds (start ≤ 2, autosave ≤ 1, submit ≤ 2) are issue 10's targets for
 * the attempt service (lib/attempts); before its rewrite they were 5, 2 and 9.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { perfectResponses } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

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

async function statements(pathname: string, init: RequestInit & { json?: unknown } = {}) {
  const res = await student.request(pathname, init);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBeLessThan(300);
  const header = res.headers.get("x-db-statements");
  expect(header, "the app answers x-db-statements when DB_COUNT_STATEMENTS=1").toMatch(/^\d+$/);
  return { n: Number(header), body };
}

describe("statements per request", () => {
  it("GET /api/health sends one", async () => {
    expect((await statements("/api/health")).n).toBe(1);
  });

  it("GET /api/quizzes sends one", async () => {
    expect((await statements("/api/quizzes")).n).toBe(1);
  });

  it("the counter is off unless asked for", async () => {
    const plain = await fetch(`${inject("baseUrl")}/api/health`);
    expect(plain.headers.get("x-db-statements")).toBeNull();
  });

  describe("the attempt loop (issue 10's targets for the attempt service)", () => {
    it("start sends at most 2, autosave 1 (2 the first time on an instance), submit 2", async () => {
      const start = await statements(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
      const responses = perfectResponses(start.body.questions);
      const [first, ...rest] = Object.keys(responses);
      const id = start.body.attemptId;
      // The first autosave on an instance reads the attempt's questions, which the process then
      // keeps (they never change); every later one is the write alone.
      const firstSave = await statements(`/api/attempts/${id}/responses`, { method: "PUT", json: { responses: { [first!]: responses[first!] } } });
      const laterSave = await statements(`/api/attempts/${id}/responses`, { method: "PUT", json: { responses: { [rest[0]!]: responses[rest[0]!] } } });
      const submit = await statements(`/api/attempts/${id}/submit`, { method: "POST", json: { responses } });
      const counts = { start: start.n, firstSave: firstSave.n, laterSave: laterSave.n, submit: submit.n };
      expect(counts).toEqual({
        start: Math.min(start.n, 2),
        firstSave: Math.min(firstSave.n, 2),
        laterSave: Math.min(laterSave.n, 1),
        submit: Math.min(submit.n, 2),
      });
    });
  });
});
