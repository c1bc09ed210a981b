/**
 * Nothing that correctness depends on lives in one process: a second instance of the app on the
 * same database accepts the first one's session, shares its submit lock and its sign-in limits.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { perfectResponses } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
let second: AppServer;

beforeAll(async () => {
  second = await startAppServer(inject("appEnv"));
}, 120_000);
afterAll(async () => {
  await second?.stop();
  await closeTestDb();
});

describe("two instances, one database", () => {
  it("signs in on one, submits on the other, and a racing double submit grades once", async () => {
    const user = await createUser(databaseUrl);
    const a = new ApiClient(baseUrl);
    expect(await a.signIn(user.email, user.password)).toBe(true);
    const b = a.on(second.baseUrl);

    const { body: list } = await b.json("/api/quizzes");
    const serval = list.quizzes.find((q: { slug: string }) => q.slug === "serval");
    const started = await a.json(`/api/quizzes/${serval.id}/attempts`, { method: "POST" });
    expect(started.status).toBe(201);
    const { attemptId, questions } = started.body;
    // Autosave on one instance, read it back on the other.
    const first = questions[0].id;
    const responses = perfectResponses(questions);
    expect((await b.json(`/api/attempts/${attemptId}/responses`, { method: "PUT", json: { responses: { [first]: responses[first] } } })).status).toBe(200);
    expect((await a.json(`/api/attempts/${attemptId}`)).body.responses).toEqual({ [first]: responses[first] });

    const [onA, onB] = await Promise.all([
      a.json(`/api/attempts/${attemptId}/submit`, { method: "POST", json: { responses } }),
      b.json(`/api/attempts/${attemptId}/submit`, { method: "POST", json: { responses } }),
    ]);
    expect([onA.status, onB.status]).toEqual([200, 200]);
    expect([onA.body.alreadySubmitted, onB.body.alreadySubmitted].sort()).toEqual([false, true]);
    expect(onA.body.results).toEqual(onB.body.results);
  });

  it("counts sign-in failures across both instances", async () => {
    const user = await createUser(databaseUrl);
    for (let i = 0; i < 5; i++) {
      const client = new ApiClient(i % 2 ? second.baseUrl : baseUrl);
      expect(await client.signIn(user.email, "wrong password")).toBe(false);
    }
    expect(await new ApiClient(second.baseUrl).signIn(user.email, user.password)).toBe(false);
    expect(await new ApiClient(baseUrl).signIn(user.email, user.password)).toBe(false);
  });
});
