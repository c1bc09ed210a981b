/**
 * A teacher's class from start to gradebook, through the real routes: join codes, assignment
 * rules enforced on the server, review held back by policy, gradebook, CSV and item analysis,
 * and quiz edits that never change recorded results.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { perfectResponses, serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

async function signedIn(role: "student" | "teacher", name?: string) {
  const user = await createUser(databaseUrl, { role, name });
  const client = new ApiClient(baseUrl);
  expect(await client.signIn(user.email, user.password)).toBe(true);
  return { client, user };
}

let teacher: ApiClient;
let servalId: string;
beforeAll(async () => {
  teacher = (await signedIn("teacher", "Ms Teacher")).client;
  servalId = (await teacher.json("/api/quizzes")).body.quizzes.find((q: any) => q.slug === "serval").id;
});
afterAll(closeTestDb);

describe("classes", () => {
  it("keeps one active class of a name per teacher: a repeat is a 409, archived names may be reused", async () => {
    const name = `Set ${Date.now().toString(36)}`;
    const first = await teacher.json("/api/classes", { method: "POST", json: { name } });
    expect(first.status).toBe(201);
    const twice = await Promise.all([0, 1].map(() => teacher.json("/api/classes", { method: "POST", json: { name: name.toUpperCase() } })));
    expect(twice.map((r) => r.status)).toEqual([409, 409]);
    expect(twice[0]!.body.error.code).toBe("conflict");
    expect(twice[0]!.body.error.issues[0].path).toBe("name");

    await teacher.json(`/api/classes/${first.body.class.id}`, { method: "PATCH", json: { archived: true } });
    const reused = await teacher.json("/api/classes", { method: "POST", json: { name } });
    expect(reused.status).toBe(201);
    // Restoring the archived one would make two active classes of that name.
    const restore = await teacher.json(`/api/classes/${first.body.class.id}`, { method: "PATCH", json: { archived: false } });
    expect(restore.status).toBe(409);
    // Another teacher's classes are not in the way.
    const { client: other } = await signedIn("teacher");
    expect((await other.json("/api/classes", { method: "POST", json: { name } })).status).toBe(201);
  });

  it("joins by code however it is typed; a new code retires the old; archived classes take no one", async () => {
    const { body } = await teacher.json("/api/classes", { method: "POST", json: { name: "Period 1" } });
    const code: string = body.class.joinCode;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
    const { client: student } = await signedIn("student");
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    expect((await student.json("/api/classes/join", { method: "POST", json: { code: typed } })).status).toBe(200);
    // Joining twice changes nothing.
    expect((await student.json("/api/classes/join", { method: "POST", json: { code } })).status).toBe(200);
    const roster = (await teacher.json(`/api/classes/${body.class.id}`)).body.roster;
    expect(roster).toHaveLength(1);

    const fresh = (await teacher.json(`/api/classes/${body.class.id}/join-code`, { method: "POST" })).body.joinCode;
    expect(fresh).not.toBe(code);
    const { client: late } = await signedIn("student");
    expect((await late.json("/api/classes/join", { method: "POST", json: { code } })).status).toBe(404);
    expect((await late.json("/api/classes/join", { method: "POST", json: { code: "0O1l" } })).status).toBe(400);

    await teacher.json(`/api/classes/${body.class.id}`, { method: "PATCH", json: { archived: true } });
    expect((await late.json("/api/classes/join", { method: "POST", json: { code: fresh } })).status).toBe(404);
  });

  it("enforces attempt limits and review policy, and fills the gradebook, CSV and item analysis", async () => {
    const { body } = await teacher.json("/api/classes", { method: "POST", json: { name: "Period 2" } });
    const classId = body.class.id;
    const students = [];
    for (const name of ["Ada Lovelace", "=cmd|' /C calc'!A0", "Grace Hopper"]) {
      const s = await signedIn("student", name);
      await s.client.json("/api/classes/join", { method: "POST", json: { code: body.class.joinCode } });
      students.push(s);
    }
    const due = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    const created = await teacher.json(`/api/classes/${classId}/assignments`, {
      method: "POST",
      json: { quizId: servalId, dueAt: due, attemptLimit: 1, reviewPolicy: "after_due" },
    });
    expect(created.status).toBe(201);
    const assignmentId = created.body.assignment.id;

    // Ada answers everything right, the second student half, Grace nothing.
    const attemptIds: string[] = [];
    for (const [i, s] of students.entries()) {
      const start = await s.client.json(`/api/assignments/${assignmentId}/attempts`, { method: "POST" });
      expect(start.status).toBe(201);
      const all = perfectResponses(start.body.questions);
      const keys = Object.keys(all).slice(0, i === 0 ? undefined : i === 1 ? Math.ceil(Object.keys(all).length / 2) : 0);
      const submit = await s.client.json(`/api/attempts/${start.body.attemptId}/submit`, {
        method: "POST",
        json: { responses: Object.fromEntries(keys.map((k) => [k, all[k]])) },
      });
      expect(submit.status).toBe(200);
      // Review is held back until the due date: score yes, key and explanations no.
      expect(submit.body.reviewAvailable).toBe(false);
      expect(JSON.stringify(submit.body)).not.toContain(serval.questions[0]!.explanation);
      expect(submit.body.results[0]).not.toHaveProperty("expected");
      attemptIds.push(start.body.attemptId);
    }
    const again = await students[0]!.client.json(`/api/assignments/${assignmentId}/attempts`, { method: "POST" });
    expect(again.status).toBe(403);
    expect(again.body.error.message).toBe("You have used all 1 attempt.");

    const own = await students[0]!.client.json(`/api/attempts/${attemptIds[0]}`);
    expect(own.body.result.results[0]).not.toHaveProperty("explanation");
    // The teacher always sees the full review.
    const asTeacher = await teacher.json(`/api/attempts/${attemptIds[0]}`);
    expect(asTeacher.status).toBe(200);
    expect(asTeacher.body.result.results[0].explanation).toBeTruthy();
    expect(asTeacher.body.ownedByViewer).toBe(false);
    expect(own.body.ownedByViewer).toBe(true);

    const book = (await teacher.json(`/api/classes/${classId}/gradebook`)).body;
    const byName = Object.fromEntries(book.students.map((s: any) => [s.name, s.cells[0]]));
    expect(byName["Ada Lovelace"]).toMatchObject({ state: "done", percent: 100, late: false });
    expect(byName["Grace Hopper"]).toMatchObject({ state: "done", percent: 0 });

    const csv = await teacher.request(`/api/classes/${classId}/gradebook/csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain('filename="Period-2-gradebook.csv"');
    const text = await csv.text();
    expect(text.split("\r\n")).toContainEqual(expect.stringMatching(/^'=cmd\|' \/C calc'!A0,/));
    expect(text.split("\r\n")[0]).toContain(serval.title.includes(",") ? `"${serval.title}"` : serval.title);

    const items = (await teacher.json(`/api/assignments/${assignmentId}/items`)).body;
    expect(items.students).toBe(3);
    expect(items.items).toHaveLength(serval.questions.length);
    const first = items.items[0];
    expect(first.facility).toBeGreaterThan(0);
    expect(first.facility).toBeLessThanOrEqual(1);
    const choice = items.items.find((q: any) => q.options);
    expect(choice.options.reduce((n: number, o: any) => n + o.count, 0)).toBeGreaterThan(0);
  });

  it("refuses a start before the open date and a submit after the due date without late work", async () => {
    const { body } = await teacher.json("/api/classes", { method: "POST", json: { name: "Period 4" } });
    const { client: student } = await signedIn("student");
    await student.json("/api/classes/join", { method: "POST", json: { code: body.class.joinCode } });
    const future = new Date(Date.now() + 3600_000).toISOString();
    const later = await teacher.json(`/api/classes/${body.class.id}/assignments`, {
      method: "POST",
      json: { quizId: servalId, opensAt: future },
    });
    const notYet = await student.json(`/api/assignments/${later.body.assignment.id}/attempts`, { method: "POST" });
    expect(notYet.status).toBe(403);
    expect(notYet.body.error.message).toMatch(/opens on/);

    const soon = await teacher.json(`/api/classes/${body.class.id}/assignments`, {
      method: "POST",
      json: { quizId: servalId, dueAt: new Date(Date.now() + 3600_000).toISOString() },
    });
    const start = await student.json(`/api/assignments/${soon.body.assignment.id}/attempts`, { method: "POST" });
    expect(start.status).toBe(201);
    // The teacher moves the due date into the past; late work is not accepted.
    await teacher.json(`/api/assignments/${soon.body.assignment.id}`, {
      method: "PATCH",
      json: { dueAt: new Date(Date.now() - 60_000).toISOString() },
    });
    const submit = await student.json(`/api/attempts/${start.body.attemptId}/submit`, { method: "POST", json: { responses: {} } });
    expect(submit.status).toBe(403);
    expect((await student.json(`/api/attempts/${start.body.attemptId}`)).body.attempt.status).toBe("in_progress");
  });
});

describe("editing a quiz", () => {
  it("never changes results already recorded", async () => {
    const { slug: _s, ...file } = serval;
    const created = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...file, slug: "x" } } });
    expect(created.status).toBe(201);
    const quizId = created.body.quiz.id;
    expect(created.body.quiz.status).toBe("draft");
    expect((await teacher.json(`/api/quizzes/${quizId}/publish`, { method: "POST", json: { published: true } })).status).toBe(200);
    // Published alone, it is the teacher's: a student of no class of theirs cannot see it.
    const { client: stranger } = await signedIn("student");
    expect((await stranger.json(`/api/quizzes/${quizId}/attempts`, { method: "POST" })).status).toBe(404);
    expect((await stranger.json("/api/quizzes")).body.quizzes.map((q: { id: string }) => q.id)).not.toContain(quizId);
    // Shared to the library, anyone may practise it.
    expect((await teacher.json(`/api/quizzes/${quizId}/library`, { method: "POST", json: { library: true } })).status).toBe(200);

    const { client: student } = await signedIn("student");
    const start = await student.json(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    const submitted = await student.json(`/api/attempts/${start.body.attemptId}/submit`, {
      method: "POST",
      json: { responses: perfectResponses(start.body.questions) },
    });
    expect(submitted.body.score).toBe(submitted.body.maxScore);

    // The teacher rewrites the first question's explanation and drops the last question.
    const { body: editable } = await teacher.json(`/api/quizzes/${quizId}`);
    const edited = structuredClone(editable.file);
    edited.questions[0].explanation = "A new explanation written after the attempt.";
    edited.questions.pop();
    const saved = await teacher.json(`/api/quizzes/${quizId}`, { method: "PUT", json: { quiz: edited } });
    expect(saved.status).toBe(200);
    expect(saved.body.file.questions).toHaveLength(serval.questions.length - 1);

    const review = await student.json(`/api/attempts/${start.body.attemptId}`);
    expect(review.body.result.score).toBe(submitted.body.score);
    expect(review.body.result.results).toEqual(submitted.body.results);
    const next = await (await signedIn("student")).client.json(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    expect(next.body.questions).toHaveLength(serval.questions.length - 1);
  });

  it("saves a new headline, source and date, keeps recorded results, and refuses a changed text or a bad date", async () => {
    const { slug: _s, ...file } = serval;
    const created = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...file, slug: "x" } } });
    const quizId = created.body.quiz.id;
    expect((await teacher.json(`/api/quizzes/${quizId}/publish`, { method: "POST", json: { published: true } })).status).toBe(200);
    expect((await teacher.json(`/api/quizzes/${quizId}/library`, { method: "POST", json: { library: true } })).status).toBe(200);
    const { client: student } = await signedIn("student");
    const start = await student.json(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    const submitted = await student.json(`/api/attempts/${start.body.attemptId}/submit`, {
      method: "POST",
      json: { responses: perfectResponses(start.body.questions) },
    });

    const { body: editable } = await teacher.json(`/api/quizzes/${quizId}`);
    const article = { ...editable.file.article, title: "Mali: French troops go in", source: "The Test Gazette", publishedOn: "2013-01-12" };
    const saved = await teacher.json(`/api/quizzes/${quizId}`, { method: "PUT", json: { quiz: { ...editable.file, article } } });
    expect(saved.status).toBe(200);
    expect(saved.body.file.article).toMatchObject({ title: "Mali: French troops go in", source: "The Test Gazette", publishedOn: "2013-01-12" });
    expect(saved.body.file.questions).toEqual(editable.file.questions);
    const review = await student.json(`/api/attempts/${start.body.attemptId}`);
    expect(review.body.result.results).toEqual(submitted.body.results);

    const { source: _dropped, ...noSource } = article;
    const cleared = await teacher.json(`/api/quizzes/${quizId}`, { method: "PUT", json: { quiz: { ...editable.file, article: noSource } } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.file.article.source).toBeUndefined();

    const rewritten = { ...article, text: `${article.text} One more sentence.` };
    const refused = await teacher.json(`/api/quizzes/${quizId}`, { method: "PUT", json: { quiz: { ...editable.file, article: rewritten } } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toBe("quiz.article.text");

    const badDate = await teacher.json(`/api/quizzes/${quizId}`, {
      method: "PUT",
      json: { quiz: { ...editable.file, article: { ...article, publishedOn: "2013-02-30" } } },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.issues[0].path).toBe("quiz.article.publishedOn");
    const blankHeadline = await teacher.json(`/api/quizzes/${quizId}`, {
      method: "PUT",
      json: { quiz: { ...editable.file, article: { ...article, title: "   " } } },
    });
    expect(blankHeadline.status).toBe(400);
    expect(blankHeadline.body.error.issues[0].path).toBe("quiz.article.title");
  });

  it("rejects an invalid quiz with the path of the problem", async () => {
    const { slug: _s, ...file } = serval;
    const broken = structuredClone(file) as any;
    broken.questions[0].evidence = [{ start: 0, end: 10_000_000 }];
    const res = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...broken, slug: "x" } } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe("quiz.questions.0.evidence.0");
  });
});
