/**
 * The whole loop through the real routes: list → start → autosave → resume → submit → review.
 * Runs twice: on a PostgreSQL server (project `integration`) and on the embedded PGlite default
 * (project `integration-pglite`).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/db/seed";
import { ApiClient } from "../support/api";
import { fileQuestionFor, perfectResponses, serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const driver = inject("driver");

async function signedIn(which: "student" | "classmate") {
  const client = new ApiClient(baseUrl);
  if (driver === "pglite") {
    // The embedded database cannot be written from outside its process: use the seeded accounts
    // (a classmate is another student of the demo class, with the demo student's password).
    const email = which === "student" ? DEMO_ACCOUNTS[0].email : "classmate1@readcheck.test";
    expect(await client.signIn(email, DEMO_ACCOUNTS[0].password)).toBe(true);
  } else {
    const user = await createUser(inject("databaseUrl"));
    expect(await client.signIn(user.email, user.password)).toBe(true);
  }
  return client;
}

let student: ApiClient;
let servalId: string;

beforeAll(async () => {
  student = await signedIn("student");
  const { body } = await new ApiClient(baseUrl).json("/api/quizzes");
  servalId = body.quizzes.find((q: { slug: string }) => q.slug === serval.slug).id;
});
afterAll(closeTestDb);

describe(`quiz loop on ${driver}`, () => {
  it("reports the database in use", async () => {
    const { status, body } = await new ApiClient(baseUrl).json("/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, db: driver });
  });

  it("lists the published Serval quiz with its question count", async () => {
    const { status, body } = await new ApiClient(baseUrl).json("/api/quizzes");
    expect(status).toBe(200);
    expect(body.quizzes).toContainEqual({
      id: servalId,
      slug: "serval",
      title: serval.title,
      questionCount: serval.questions.length,
    });
  });

  it("refuses to start an attempt when signed out", async () => {
    const { status, body } = await new ApiClient(baseUrl).json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    expect(status).toBe(401);
    expect(body.error.code).toBe("unauthorized");
  });

  it("starts, autosaves, resumes, submits once and reviews", async () => {
    const start = await student.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    expect([200, 201]).toContain(start.status);
    const { attemptId, questions } = start.body;
    expect(questions).toHaveLength(serval.questions.length);

    // Starting again resumes the same unfinished attempt.
    const again = await student.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    expect(again.status).toBe(200);
    expect(again.body.attemptId).toBe(attemptId);

    const answers = perfectResponses(questions);
    const [firstId, secondId] = Object.keys(answers);
    const save = await student.json(`/api/attempts/${attemptId}/responses`, {
      method: "PUT",
      json: { responses: { [firstId!]: answers[firstId!] } },
    });
    expect(save.status).toBe(200);
    const resumed = await student.json(`/api/attempts/${attemptId}`);
    expect(resumed.body.attempt.status).toBe("in_progress");
    expect(resumed.body.responses).toEqual({ [firstId!]: answers[firstId!] });
    expect(resumed.body.result).toBeUndefined();

    // Submit everything but the saved answer: the draft fills it in; all right → full marks.
    const { [firstId!]: _saved, ...rest } = answers;
    const submit = await student.json(`/api/attempts/${attemptId}/submit`, { method: "POST", json: { responses: rest } });
    expect(submit.status).toBe(200);
    const maxScore = serval.questions.reduce((s, q) => s + q.points, 0);
    expect(submit.body.maxScore).toBe(maxScore);
    expect(submit.body.score).toBe(maxScore);
    expect(submit.body.alreadySubmitted).toBe(false);
    for (const r of submit.body.results) {
      const q = fileQuestionFor(questions.find((p: { id: string }) => p.id === r.questionId));
      expect(r.correct).toBe(true);
      expect(r.explanation).toBe(q.explanation);
      expect(r.evidence.map((e: { text: string }) => e.text)).toEqual(
        q.evidence.map((s) => serval.article.text.slice(s.start, s.end)),
      );
    }

    // A second submit with different answers changes nothing.
    const wrong = { [secondId!]: "definitely wrong" };
    const second = await student.json(`/api/attempts/${attemptId}/submit`, { method: "POST", json: { responses: wrong } });
    expect(second.status).toBe(200);
    expect(second.body.alreadySubmitted).toBe(true);
    expect(second.body.score).toBe(maxScore);
    expect(second.body.results).toEqual(submit.body.results);
    const late = await student.json(`/api/attempts/${attemptId}/responses`, { method: "PUT", json: { responses: wrong } });
    expect(late.status).toBe(409);

    const review = await student.json(`/api/attempts/${attemptId}`);
    expect(review.body.attempt.status).toBe("submitted");
    expect(review.body.result.score).toBe(maxScore);

    // The attempt shows up in the student's history, and is nobody else's business.
    const other = await signedIn("classmate");
    const foreign = await other.json(`/api/attempts/${attemptId}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("not_found");
  });

  it("scores wrong and partial answers below full marks", async () => {
    const { body } = await student.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    const submit = await student.json(`/api/attempts/${body.attemptId}/submit`, { method: "POST", json: { responses: {} } });
    expect(submit.status).toBe(200);
    expect(submit.body.score).toBe(0);
    expect(submit.body.results.every((r: { correct: boolean; points: number }) => !r.correct && r.points === 0)).toBe(true);
  });
});
