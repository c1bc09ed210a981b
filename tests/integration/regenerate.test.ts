/**
 * POST /api/quizzes/:id/regenerate: each press offers the generator's next-best candidate not yet
 * offered (the editor sends back the candidate ids it got), deterministically and without server state.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { questionSchema } from "@/lib/quiz/schema";
import { ApiClient } from "../support/api";
import { serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
let teacher: ApiClient;
let quizId: string;

beforeAll(async () => {
  const user = await createUser(inject("databaseUrl"), { role: "teacher" });
  teacher = new ApiClient(baseUrl);
  expect(await teacher.signIn(user.email, user.password)).toBe(true);
  const { slug: _slug, ...file } = serval;
  const created = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...file, slug: "x" } } });
  expect(created.status).toBe(201);
  quizId = created.body.quiz.id;
}, 60_000);
afterAll(closeTestDb);

const press = (exclude: string[]) =>
  teacher.json(`/api/quizzes/${quizId}/regenerate`, { method: "POST", json: { questionId: serval.questions[0]!.id, exclude } });

describe("POST /api/quizzes/:id/regenerate", () => {
  it("gives a different valid question on each press, and the same one for the same exclusions", async () => {
    const offered: string[] = [];
    const prompts = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await press(offered);
      expect(res.status).toBe(200);
      const q = questionSchema.parse(res.body.question);
      expect(q.id).toBe(serval.questions[0]!.id);
      expect(res.body.candidateId).toMatch(/^c[0-9a-z]+$/);
      expect(offered).not.toContain(res.body.candidateId);
      prompts.add(q.prompt);
      offered.push(res.body.candidateId);
    }
    expect(prompts.size).toBe(3);
    const again = await press(offered.slice(0, 1));
    const second = await press(offered.slice(0, 1));
    expect(again.body).toEqual(second.body);
    expect(again.body.candidateId).toBe(offered[1]);
  }, 120_000);

  it("answers 400 naming the problem for a malformed body", async () => {
    const res = await teacher.json(`/api/quizzes/${quizId}/regenerate`, { method: "POST", json: { exclude: "nope" } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBeDefined();
  });
});
