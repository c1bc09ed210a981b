/**
 * POST /api/generate: a teacher pastes an article and gets a draft quiz; input that cannot be an
 * article gets a 4xx naming the problem, never a 500.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { quizFileSchema } from "@/lib/quiz/schema";
import { ApiClient } from "../support/api";
import { serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
let teacher: ApiClient;

beforeAll(async () => {
  const user = await createUser(inject("databaseUrl"), { role: "teacher" });
  teacher = new ApiClient(baseUrl);
  expect(await teacher.signIn(user.email, user.password)).toBe(true);
});
afterAll(closeTestDb);

const generate = (json: unknown) => teacher.json("/api/generate", { method: "POST", json });

describe("POST /api/generate", () => {
  it("drafts a valid quiz of the requested size from an article, deterministically", async () => {
    const first = await generate({ text: serval.article.text, count: 8 });
    expect(first.status).toBe(200);
    const quiz = quizFileSchema.parse(first.body.quiz);
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.questions.length).toBeLessThanOrEqual(8);
    const again = await generate({ text: serval.article.text, count: 8 });
    expect(again.body.quiz).toEqual(first.body.quiz);
  });

  it.each([
    ["empty text", { text: "   " }, 400],
    ["text that is not English", { text: "Der schnelle braune Fuchs springt über den faulen Hund. ".repeat(40) }, 400],
    ["binary noise", { text: "\u0000\u0001\u0002\u0003\uFFFD".repeat(300) }, 400],
    ["more than 50,000 words", { text: "The minister said the plan would work. ".repeat(7_200) }, 413],
    ["a count out of range", { text: serval.article.text, count: 500 }, 400],
    ["a missing text", { count: 5 }, 400],
  ])("refuses %s with a clear error", async (_label, body, status) => {
    const res = await generate(body);
    expect(res.status).toBe(status);
    expect(res.body.error.message.length).toBeGreaterThan(10);
  });
});
