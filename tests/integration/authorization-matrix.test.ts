/**
 * Every route handler × every kind of caller → the status it must answer. Another user's
 * resource is a 404 (never a 403 that would confirm it exists); a role that may never do a
 * thing gets 403; signed out gets 401.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { perfectResponses, serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");

const ACTORS = ["anonymous", "student", "otherStudent", "otherTeacher", "teacher"] as const;
type ActorName = (typeof ACTORS)[number];
type Expected = Record<ActorName, number | number[]>;

const clients = {} as Record<ActorName, ApiClient>;
const ids = {} as {
  classId: string;
  joinCode: string;
  otherClassCode: string;
  assignmentId: string;
  doomedAssignmentId: string;
  attemptId: string;
  draftQuizId: string;
  servalId: string;
  removableStudentId: string;
  studentId: string;
};

async function signedIn(role: "student" | "teacher") {
  const user = await createUser(databaseUrl, { role });
  const client = new ApiClient(baseUrl);
  expect(await client.signIn(user.email, user.password)).toBe(true);
  return { client, user };
}

const ok = (r: { status: number; body: any }, status: number) => {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
};

beforeAll(async () => {
  clients.anonymous = new ApiClient(baseUrl);
  const student = await signedIn("student");
  const teacher = await signedIn("teacher");
  const otherTeacher = await signedIn("teacher");
  clients.student = student.client;
  clients.teacher = teacher.client;
  clients.otherStudent = (await signedIn("student")).client;
  clients.otherTeacher = otherTeacher.client;
  ids.studentId = student.user.id;

  ids.servalId = (await clients.student.json("/api/quizzes")).body.quizzes.find((q: any) => q.slug === "serval").id;
  const cls = ok(await clients.teacher.json("/api/classes", { method: "POST", json: { name: "Period 3" } }), 201).class;
  ids.classId = cls.id;
  ids.joinCode = cls.joinCode;
  ok(await clients.student.json("/api/classes/join", { method: "POST", json: { code: cls.joinCode } }), 200);
  const removable = await signedIn("student");
  ids.removableStudentId = removable.user.id;
  ok(await removable.client.json("/api/classes/join", { method: "POST", json: { code: cls.joinCode } }), 200);
  const other = ok(await clients.otherTeacher.json("/api/classes", { method: "POST", json: { name: "Other" } }), 201);
  ids.otherClassCode = other.class.joinCode;
  ok(await clients.otherStudent.json("/api/classes/join", { method: "POST", json: { code: other.class.joinCode } }), 200);

  const assign = (json: object) =>
    clients.teacher.json(`/api/classes/${ids.classId}/assignments`, { method: "POST", json });
  ids.assignmentId = ok(await assign({ quizId: ids.servalId }), 201).assignment.id;
  ids.doomedAssignmentId = ok(await assign({ quizId: ids.servalId }), 201).assignment.id;

  const started = ok(await clients.student.json(`/api/assignments/${ids.assignmentId}/attempts`, { method: "POST" }), 201);
  ids.attemptId = started.attemptId;
  ok(
    await clients.student.json(`/api/attempts/${ids.attemptId}/submit`, {
      method: "POST",
      json: { responses: perfectResponses(started.questions) },
    }),
    200,
  );

  const { slug: _slug, ...file } = serval;
  const draft = ok(await clients.teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...file, slug: "x" } } }), 201);
  ids.draftQuizId = draft.quiz.id;
}, 120_000);
afterAll(closeTestDb);

type Case = { name: string; method?: string; path: () => string; json?: () => unknown; expect: Expected };

const same = (status: number, owner: number | number[], member?: number | number[]): Expected => ({
  anonymous: 401,
  student: member ?? status,
  otherStudent: status,
  otherTeacher: status,
  teacher: owner,
});

const cases: Case[] = [
  { name: "list classes", path: () => "/api/classes", expect: { anonymous: 401, student: 200, otherStudent: 200, otherTeacher: 200, teacher: 200 } },
  { name: "create a class", method: "POST", path: () => "/api/classes", json: () => ({ name: "New" }), expect: { anonymous: 401, student: 403, otherStudent: 403, otherTeacher: 201, teacher: 201 } },
  { name: "read a class", path: () => `/api/classes/${ids.classId}`, expect: same(404, 200, 200) },
  { name: "rename a class", method: "PATCH", path: () => `/api/classes/${ids.classId}`, json: () => ({ name: "Period 3 (renamed)" }), expect: same(404, 200) },
  { name: "regenerate the join code", method: "POST", path: () => `/api/classes/${ids.classId}/join-code`, expect: same(404, 200) },
  { name: "read the gradebook", path: () => `/api/classes/${ids.classId}/gradebook`, expect: same(404, 200) },
  { name: "download the gradebook CSV", path: () => `/api/classes/${ids.classId}/gradebook/csv`, expect: same(404, 200) },
  { name: "drill into a student", path: () => `/api/classes/${ids.classId}/students/${ids.studentId}`, expect: same(404, 200) },
  { name: "remove a student", method: "DELETE", path: () => `/api/classes/${ids.classId}/students/${ids.removableStudentId}`, expect: same(404, 204) },
  { name: "assign a quiz", method: "POST", path: () => `/api/classes/${ids.classId}/assignments`, json: () => ({ quizId: ids.servalId }), expect: same(404, 201) },
  { name: "change an assignment", method: "PATCH", path: () => `/api/assignments/${ids.assignmentId}`, json: () => ({ allowLate: true }), expect: same(404, 200) },
  { name: "read item analysis", path: () => `/api/assignments/${ids.assignmentId}/items`, expect: same(404, 200) },
  { name: "delete an assignment", method: "DELETE", path: () => `/api/assignments/${ids.doomedAssignmentId}`, expect: same(404, 204) },
  { name: "start an assignment", method: "POST", path: () => `/api/assignments/${ids.assignmentId}/attempts`, expect: same(404, 404, [200, 201]) },
  { name: "list my assignments", path: () => "/api/assignments", expect: { anonymous: 401, student: 200, otherStudent: 200, otherTeacher: 200, teacher: 200 } },
  { name: "join a class", method: "POST", path: () => "/api/classes/join", json: () => ({ code: ids.otherClassCode }), expect: { anonymous: 401, student: 200, otherStudent: 200, otherTeacher: 403, teacher: 403 } },
  { name: "read an attempt", path: () => `/api/attempts/${ids.attemptId}`, expect: same(404, 200, 200) },
  { name: "autosave into an attempt", method: "PUT", path: () => `/api/attempts/${ids.attemptId}/responses`, json: () => ({ responses: {} }), expect: same(404, 404, 409) },
  { name: "submit an attempt", method: "POST", path: () => `/api/attempts/${ids.attemptId}/submit`, json: () => ({ responses: {} }), expect: same(404, 404, 200) },
  { name: "check an answer (immediate feedback)", method: "POST", path: () => `/api/attempts/${ids.attemptId}/check`, json: () => ({ questionId: ids.servalId, answer: null }), expect: same(404, 404, 409) },
  { name: "list my due reviews", path: () => "/api/reviews", expect: { anonymous: 401, student: 200, otherStudent: 200, otherTeacher: 200, teacher: 200 } },
  { name: "answer a review that is not mine", method: "POST", path: () => `/api/reviews/${ids.servalId}`, json: () => ({ answer: "x" }), expect: same(404, 404) },
  { name: "share a quiz to the library", method: "POST", path: () => `/api/quizzes/${ids.draftQuizId}/library`, json: () => ({ library: false }), expect: { anonymous: 401, student: 403, otherStudent: 403, otherTeacher: 404, teacher: 200 } },
  { name: "start a practice attempt", method: "POST", path: () => `/api/quizzes/${ids.servalId}/attempts`, expect: { anonymous: 401, student: [200, 201], otherStudent: [200, 201], otherTeacher: [200, 201], teacher: [200, 201] } },
  { name: "read a draft quiz", path: () => `/api/quizzes/${ids.draftQuizId}`, expect: { ...same(404, 200), anonymous: 404 } },
  { name: "edit a draft quiz", method: "PUT", path: () => `/api/quizzes/${ids.draftQuizId}`, json: () => ({ quiz: serval }), expect: same(404, 200) },
  { name: "unpublish a quiz", method: "POST", path: () => `/api/quizzes/${ids.draftQuizId}/publish`, json: () => ({ published: false }), expect: same(404, 200) },
  { name: "preview a draft quiz", method: "POST", path: () => `/api/quizzes/${ids.draftQuizId}/attempts`, expect: same(404, [200, 201]) },
  { name: "list my quizzes", path: () => "/api/quizzes?mine=1", expect: { anonymous: 401, student: 200, otherStudent: 200, otherTeacher: 200, teacher: 200 } },
  { name: "save a new quiz", method: "POST", path: () => "/api/quizzes", json: () => ({ quiz: serval }), expect: { anonymous: 401, student: 403, otherStudent: 403, otherTeacher: 201, teacher: 201 } },
  { name: "generate a quiz", method: "POST", path: () => "/api/generate", json: () => ({ text: serval.article.text, count: 3 }), expect: { anonymous: 401, student: 403, otherStudent: 403, otherTeacher: 200, teacher: 200 } },
  { name: "regenerate a question", method: "POST", path: () => `/api/quizzes/${ids.draftQuizId}/regenerate`, json: () => ({ questionId: serval.questions[0]!.id }), expect: same(404, 200) },
];

describe("authorization matrix", () => {
  it.each(cases)("$name", async ({ method = "GET", path, json, expect: expected }) => {
    const seen: Record<string, number> = {};
    for (const actor of ACTORS) {
      const res = await clients[actor].request(path(), {
        method,
        ...(json ? { json: json() } : {}),
        ...(method === "POST" && !json ? { json: {} } : {}),
      });
      seen[actor] = res.status;
      if (res.status >= 400) {
        const body = await res.json();
        expect(typeof body.error?.code, `${actor}: ${JSON.stringify(body)}`).toBe("string");
      }
    }
    const wanted = Object.fromEntries(
      ACTORS.map((a) => {
        const e = expected[a];
        return [a, Array.isArray(e) ? (e.includes(seen[a]!) ? seen[a] : e.join("|")) : e];
      }),
    );
    expect(seen).toEqual(wanted);
  });
});

/**
 * The attempt rules over HTTP, for a member of the class: each start path under each review
 * policy, and whether any key, explanation or evidence reaches the student. (Every path × policy
 * × time × membership combination is in tests/service/attempts.test.ts, in-process.)
 */
describe("start paths × review policies", () => {
  const policies = ["after_submit", "after_due", "never"] as const;
  const leaks = (body: unknown) => /"expected"|"explanation"|"evidence"/.test(JSON.stringify(body));

  it.each(policies)("%s: starting the quiz opens the assignment, practice is refused, keys only as the policy allows", async (reviewPolicy) => {
    const teacher = await signedIn("teacher");
    const student = await signedIn("student");
    const cls = ok(await teacher.client.json("/api/classes", { method: "POST", json: { name: `Policy ${reviewPolicy}` } }), 201).class;
    ok(await student.client.json("/api/classes/join", { method: "POST", json: { code: cls.joinCode } }), 200);
    const due = new Date(Date.now() + 24 * 3600_000).toISOString();
    const assignment = ok(
      await teacher.client.json(`/api/classes/${cls.id}/assignments`, { method: "POST", json: { quizId: ids.servalId, reviewPolicy, attemptLimit: 1, dueAt: due } }),
      201,
    ).assignment;

    // Practice first is refused with a reason: it would show the key before the assignment.
    const practice = await student.client.json(`/api/quizzes/${ids.servalId}/attempts?practice=1`, { method: "POST" });
    expect(practice.status).toBe(403);
    expect(practice.body.error.message).toMatch(/assign|hidden|practice/i);

    // Quizzes → Start opens the assignment's attempt (it counts), with no key in it.
    const started = ok(await student.client.json(`/api/quizzes/${ids.servalId}/attempts`, { method: "POST" }), 201);
    expect(started).toMatchObject({ kind: "assignment", assignmentId: assignment.id });
    expect(leaks(started)).toBe(false);
    const submitted = ok(await student.client.json(`/api/attempts/${started.attemptId}/submit`, { method: "POST", json: { responses: {} } }), 200);
    expect(leaks(submitted)).toBe(reviewPolicy === "after_submit");
    expect(leaks((await student.client.json(`/api/attempts/${started.attemptId}`)).body)).toBe(reviewPolicy === "after_submit");
    if (reviewPolicy === "never") expect(JSON.stringify(submitted.results)).not.toContain('"correct"');

    // The gradebook counts it: no longer missing.
    const book = ok(await teacher.client.json(`/api/classes/${cls.id}/gradebook`), 200);
    expect(JSON.stringify(book)).toContain(started.attemptId);

    // The one attempt is used up: neither path opens another, and practice stays shut unless the review is open.
    expect((await student.client.json(`/api/quizzes/${ids.servalId}/attempts`, { method: "POST" })).status).toBe(reviewPolicy === "after_submit" ? 201 : 403);
  });
});
