/**
 * The attempt routes' edges on a PostgreSQL server: bad input of every kind answers 4xx JSON
 * naming the problem; concurrent submits grade once; the taking view never carries the key.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { perfectResponses, serval } from "../support/serval";
import { closeTestDb, createUser, testDb } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

let student: ApiClient;
let servalId: string;

async function newStudent() {
  const client = new ApiClient(baseUrl);
  const user = await createUser(databaseUrl);
  expect(await client.signIn(user.email, user.password)).toBe(true);
  return client;
}

async function startAttempt(client = student) {
  const res = await client.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
  expect(res.status).toBe(201);
  return res.body as { attemptId: string; questions: { id: string; type: string; prompt: string }[] };
}

beforeAll(async () => {
  student = await newStudent();
  const { body } = await student.json("/api/quizzes");
  servalId = body.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
});
afterAll(closeTestDb);

describe("bad input gets a 4xx JSON error and changes nothing", () => {
  it.each([
    ["malformed JSON", "{not json", "application/json", 400, "invalid_json"],
    ["an empty body", "", "application/json", 400, "invalid_json"],
    ["a JSON array", "[]", "application/json", 400, "validation_failed"],
    ["responses of the wrong type", JSON.stringify({ responses: "all of them" }), "application/json", 400, "validation_failed"],
    ["an unknown field", JSON.stringify({ responses: {}, grade: 100 }), "application/json", 400, "validation_failed"],
    ["form data", "responses=1", "application/x-www-form-urlencoded", 415, "unsupported_media_type"],
  ])("submit with %s", async (_label, body, contentType, status, code) => {
    const client = await newStudent();
    const { attemptId } = await startAttempt(client);
    const res = await client.request(`/api/attempts/${attemptId}/submit`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(5);
    const view = await client.json(`/api/attempts/${attemptId}`);
    expect(view.body.attempt.status).toBe("in_progress");
  });

  it("names unknown question ids and answers of the wrong shape, and grades nothing", async () => {
    const { attemptId, questions } = await startAttempt();
    const single = questions.find((q) => q.type === "single")!;
    const unknown = await student.json(`/api/attempts/${attemptId}/submit`, {
      method: "POST",
      json: { responses: { "no-such-question": "a" } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("no-such-question");

    const wrongShape = await student.json(`/api/attempts/${attemptId}/submit`, {
      method: "POST",
      json: { responses: { [single.id]: { pick: "a" } } },
    });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.error.issues[0].path).toBe(`responses.${single.id}`);

    const view = await student.json(`/api/attempts/${attemptId}`);
    expect(view.body.attempt.status).toBe("in_progress");
  });

  it("refuses an oversized body with 413", async () => {
    const client = await newStudent();
    const { attemptId, questions } = await startAttempt(client);
    const short = questions.find((q) => q.type === "short")!;
    const res = await client.request(`/api/attempts/${attemptId}/responses`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ responses: { [short.id]: "x".repeat(300_000) } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
  });

  it("answers 404 for ids that are not uuids or do not exist", async () => {
    for (const path of [
      "/api/attempts/not-a-uuid",
      "/api/attempts/00000000-0000-4000-8000-000000000000",
    ]) {
      const res = await student.json(path);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    const res = await student.json("/api/quizzes/00000000-0000-4000-8000-000000000000/attempts", { method: "POST" });
    expect(res.status).toBe(404);
  });

  it("rejects a wrong password without saying whether the account exists", async () => {
    const client = new ApiClient(baseUrl);
    expect(await client.signIn("nobody@example.test", "whatever")).toBe(false);
    const user = await createUser(databaseUrl);
    expect(await client.signIn(user.email, "not-the-password")).toBe(false);
    expect(await client.signIn(user.email, user.password)).toBe(true);
  });
});

describe("submitting", () => {
  it("double submit grades once, even when the submits race", async () => {
    const client = await newStudent();
    const { attemptId, questions } = await startAttempt(client);
    const responses = perfectResponses(questions);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        client.json(`/api/attempts/${attemptId}/submit`, { method: "POST", json: { responses } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(results.filter((r) => r.body.alreadySubmitted === false)).toHaveLength(1);
    const scores = new Set(results.map((r) => r.body.score));
    expect([...scores]).toEqual([serval.questions.reduce((s, q) => s + q.points, 0)]);
    const { rows } = await testDb(databaseUrl).query("select count(*)::int as n from responses where attempt_id = $1", [
      attemptId,
    ]);
    expect(rows[0].n).toBe(questions.length);
  });
});

describe("the taking view", () => {
  it("carries no answer key, explanation or evidence before submission", async () => {
    const res = await (await newStudent()).request(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    const raw = await res.text();
    for (const q of serval.questions) expect(raw).not.toContain(q.explanation);
    const body = JSON.parse(raw);
    for (const q of body.questions) {
      for (const field of ["answer", "explanation", "evidence", "tolerance", "unitAliases", "skill", "difficulty"]) {
        expect(q).not.toHaveProperty(field);
      }
    }
  });
});
