/**
 * No 500 on any input (issue 11): at least 1,000 generated requests per API route, signed in as
 * a caller who may use it, against the built app. Payloads mix random JSON, the route's own
 * fields with hostile values (NUL, lone surrogates, control characters, huge numbers, wrong
 * types, deep nesting), raw bodies that are not JSON, and path segments with malformed
 * %-encoding. Every answer must be below 500, and every API error must be the JSON error shape.
 *
 * Cases are generated up front with fast-check (fixed seed, so a failure reproduces) and sent in
 * parallel batches; the counts per route and status are printed for the record. Runs on the pg
 * project only: the drivers are covered by the other suites, and this is about input handling.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const driver = inject("driver");
const CASES = 1_000;
const BATCH = 24;
const SEED = 20261202;

type Caller = "teacher" | "student";
type Case = { method: string; path: string; body?: string; contentType?: string };
type Route = { name: string; caller: Caller; cases: (ids: Ids) => fc.Arbitrary<Case> };
type Ids = Record<"classId" | "assignmentId" | "attemptId" | "quizId" | "servalId" | "studentId" | "questionId", string>;

// ---- hostile values --------------------------------------------------------------------------

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const nasty = fc.oneof(
  fc.constantFrom("a\u0000b", "\u0000", "\ud800", "x\udc00y", "\u202e", "%zz", "\\\\evil.example", "javascript:alert(1)", "", " ", "{}", "null"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: anyCodeUnit, maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom("a", "\u0000", "\n", "%", "€"), minLength: 300, maxLength: 600 }),
);
const scalar = fc.oneof(
  nasty,
  fc.integer(),
  fc.double({ noNaN: true }).filter(Number.isFinite),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.5, 50, 51),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("v"), { maxLength: 4 }), fc.dictionary(nasty, tie("v"), { maxKeys: 4 })),
})).v;

/** Objects with the route's own keys (some missing, some extra) and hostile values. */
const shaped = (keys: string[], overrides: Record<string, fc.Arbitrary<unknown>> = {}) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((k) => [k, overrides[k] ?? value])), { requiredKeys: [] }),
      fc.option(fc.dictionary(nasty, value, { maxKeys: 2 }), { nil: undefined }),
    )
    .map(([own, extra]) => ({ ...own, ...(extra ?? {}) }));

/** A JSON body: mostly the route's shape, sometimes anything, sometimes not JSON at all. */
function bodies(keys: string[], overrides?: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Pick<Case, "body" | "contentType">> {
  return fc.oneof(
    { weight: 6, arbitrary: shaped(keys, overrides).map((v) => ({ body: JSON.stringify(v) })) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ body: JSON.stringify(v) })) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom("", "{", "[1,", '{"a":1}}', "\u0000", '"\\u0000"', '{"x":"\\ud800"}', "null", "1e999"),
        fc.string({ maxLength: 50 }),
      ).map((body) => ({ body })),
    },
    { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data").map((contentType) => ({ body: "name=x", contentType })) },
  );
}

/** A path segment: a real id, a random string percent-encoded or not, or a broken escape. */
const segment = (real: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(real) },
    // "." and ".." are resolved by the client before sending: they name another route, not bad input.
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }).filter((v) => v !== "." && v !== "..").map(encodeURIComponent) },
    { weight: 2, arbitrary: fc.constantFrom("%zz", "%E0%A4%A", "%", "%%", "%C0%AF", "%ED%A0%80", "..%2F..", "%00", "a%2", real + "%") },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9a-zA-Z%._~-]{1,40}$/).filter((v) => !/^\.{1,2}$/.test(v)) },
  );

const bodyRoute = (name: string, caller: Caller, method: string, path: (ids: Ids) => string, keys: string[], overrides?: Record<string, fc.Arbitrary<unknown>>): Route => ({
  name: `${method} ${name}`,
  caller,
  cases: (ids) => bodies(keys, overrides).map((b) => ({ method, path: path(ids), ...b })),
});

const pathRoute = (name: string, caller: Caller, method: string, path: (seg: string, ids: Ids) => string, real: (ids: Ids) => string): Route => ({
  name: `${method} ${name}`,
  caller,
  cases: (ids) => segment(real(ids)).map((seg) => ({ method, path: path(seg, ids), body: method === "GET" ? undefined : "{}" })),
});

const quizShape = fc.record({
  quiz: shaped(["title", "article", "questions", "slug", "description"], {
    article: shaped(["title", "text", "source", "url"]),
    questions: fc.array(shaped(["id", "type", "prompt", "explanation", "evidence", "answer", "options", "points", "skill", "difficulty"], {
      type: fc.constantFrom("single", "multiple", "truefalse", "numeric", "short", "blank", "ordering", "matching", "essay"),
    }), { maxLength: 3 }),
  }),
});

const ROUTES: Route[] = [
  bodyRoute("/api/classes", "teacher", "POST", () => "/api/classes", ["name"]),
  bodyRoute("/api/classes/{id}", "teacher", "PATCH", (i) => `/api/classes/${i.classId}`, ["name", "archived"]),
  bodyRoute("/api/classes/join", "student", "POST", () => "/api/classes/join", ["code"]),
  bodyRoute("/api/classes/{id}/assignments", "teacher", "POST", (i) => `/api/classes/${i.classId}/assignments`, [
    "quizId", "opensAt", "dueAt", "attemptLimit", "allowLate", "reviewPolicy", "heldReview", "feedback",
  ]),
  bodyRoute("/api/assignments/{id}", "teacher", "PATCH", (i) => `/api/assignments/${i.assignmentId}`, [
    "opensAt", "dueAt", "attemptLimit", "allowLate", "reviewPolicy", "heldReview", "feedback",
  ]),
  bodyRoute("/api/attempts/{id}/responses", "student", "PUT", (i) => `/api/attempts/${i.attemptId}/responses`, ["responses"], {
    responses: fc.oneof(value, fc.dictionary(fc.oneof(nasty, fc.constant("QID")), value, { maxKeys: 3 })),
  }),
  bodyRoute("/api/attempts/{id}/check", "student", "POST", (i) => `/api/attempts/${i.attemptId}/check`, ["questionId", "answer"]),
  // Submit last among the attempt's routes would finish it; a finished attempt answers the same
  // way, so order does not matter for the statuses checked here.
  bodyRoute("/api/attempts/{id}/submit", "student", "POST", (i) => `/api/attempts/${i.attemptId}/submit`, ["responses"]),
  bodyRoute("/api/reviews/{questionId}", "student", "POST", (i) => `/api/reviews/${i.questionId}`, ["answer"]),
  { ...bodyRoute("/api/quizzes", "teacher", "POST", () => "/api/quizzes", ["quiz"]), cases: () => fc.oneof(quizShape.map((q) => ({ body: JSON.stringify(q) })), bodies(["quiz"])).map((b) => ({ method: "POST", path: "/api/quizzes", ...b })) },
  { ...bodyRoute("/api/quizzes/{id}", "teacher", "PUT", () => "", ["quiz"]), cases: (i) => fc.oneof(quizShape.map((q) => ({ body: JSON.stringify(q) })), bodies(["quiz"])).map((b) => ({ method: "PUT", path: `/api/quizzes/${i.quizId}`, ...b })) },
  bodyRoute("/api/quizzes/{id}/publish", "teacher", "POST", (i) => `/api/quizzes/${i.quizId}/publish`, ["published"]),
  bodyRoute("/api/quizzes/{id}/library", "teacher", "POST", (i) => `/api/quizzes/${i.quizId}/library`, ["library"]),
  bodyRoute("/api/quizzes/{id}/regenerate", "teacher", "POST", (i) => `/api/quizzes/${i.quizId}/regenerate`, ["questionId", "exclude"]),
  bodyRoute("/api/generate", "teacher", "POST", () => "/api/generate", ["text", "title", "count"], {
    text: fc.oneof(nasty, fc.lorem({ maxCount: 30, mode: "sentences" })),
  }),
  pathRoute("/api/quizzes/{id}", "student", "GET", (s) => `/api/quizzes/${s}`, (i) => i.servalId),
  pathRoute("/api/attempts/{id}", "student", "GET", (s) => `/api/attempts/${s}`, (i) => i.attemptId),
  pathRoute("/api/classes/{id}/gradebook", "teacher", "GET", (s) => `/api/classes/${s}/gradebook`, (i) => i.classId),
  pathRoute("/api/classes/{id}/students/{userId}", "teacher", "GET", (s, i) => `/api/classes/${i.classId}/students/${s}`, (i) => i.studentId),
  pathRoute("/api/assignments/{id}/items", "teacher", "GET", (s) => `/api/assignments/${s}/items`, (i) => i.assignmentId),
  pathRoute("/api/quizzes/{id}/attempts", "student", "POST", (s) => `/api/quizzes/${s}/attempts`, (i) => i.servalId),
  {
    name: "GET /api/auth/signin?callbackUrl=…",
    caller: "student",
    // URLSearchParams encodes lone surrogates as U+FFFD, as a browser would.
    cases: () => nasty.map((cb) => ({ method: "GET", path: `/api/auth/signin?${new URLSearchParams({ callbackUrl: cb })}` })),
  },
];

// ---- the run ---------------------------------------------------------------------------------

const clients = {} as Record<Caller, ApiClient>;
const ids = {} as Ids;
const tally: Record<string, Record<number, number>> = {};

beforeAll(async () => {
  if (driver !== "postgres") return;
  for (const role of ["teacher", "student"] as const) {
    const user = await createUser(databaseUrl, { role });
    clients[role] = new ApiClient(baseUrl);
    expect(await clients[role].signIn(user.email, user.password)).toBe(true);
    if (role === "student") ids.studentId = user.id;
  }
  const { teacher, student } = clients;
  ids.servalId = (await student.json("/api/quizzes")).body.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
  const cls = (await teacher.json("/api/classes", { method: "POST", json: { name: "Fuzz class" } })).body.class;
  ids.classId = cls.id;
  await student.json("/api/classes/join", { method: "POST", json: { code: cls.joinCode } });
  const assignment = await teacher.json(`/api/classes/${cls.id}/assignments`, { method: "POST", json: { quizId: ids.servalId } });
  ids.assignmentId = assignment.body.assignment.id;
  const attempt = await student.json(`/api/quizzes/${ids.servalId}/attempts`, { method: "POST" });
  ids.attemptId = attempt.body.attemptId;
  ids.questionId = attempt.body.questions[0].id;
  // The teacher's own draft, a copy of Serval, for the authoring routes.
  const draft = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...serval, title: "Fuzz draft" } } });
  ids.quizId = draft.body.quiz?.id;
  expect(ids.quizId, JSON.stringify(draft.body).slice(0, 300)).toBeTruthy();
}, 120_000);

afterAll(async () => {
  if (Object.keys(tally).length) {
    const rows = Object.entries(tally).map(([route, counts]) => {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const statuses = Object.entries(counts).map(([s, n]) => `${s}×${n}`).join(" ");
      return `  ${route.padEnd(48)} ${String(total).padStart(5)}  ${statuses}`;
    });
    console.log(`[fuzz] requests per route and statuses (seed ${SEED}):\n${rows.join("\n")}`);
  }
  await closeTestDb();
});

async function send(client: ApiClient, c: Case) {
  const headers: Record<string, string> = {};
  if (c.body !== undefined) headers["content-type"] = c.contentType ?? "application/json";
  const res = await client.request(c.path, { method: c.method, headers, body: c.body });
  const text = await res.text();
  return { status: res.status, text, type: res.headers.get("content-type") ?? "" };
}

describe.skipIf(driver !== "postgres")(`fuzzing every API route with ${CASES} requests each`, () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))("%s never answers 5xx", async (name, route) => {
    const cases = fc.sample(route.cases(ids), { numRuns: CASES, seed: SEED });
    const counts: Record<number, number> = (tally[name] = {});
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i += BATCH) {
      const results = await Promise.all(cases.slice(i, i + BATCH).map((c) => send(clients[route.caller], c).then((r) => ({ c, r }))));
      for (const { c, r } of results) {
        counts[r.status] = (counts[r.status] ?? 0) + 1;
        const isApiError = c.path.startsWith("/api/") && !c.path.startsWith("/api/auth/") && r.status >= 400;
        const badShape = isApiError && !/"error":\{"code":"[a-z_]+","message":"/.test(r.text);
        if ((r.status >= 500 || badShape) && failures.length < 5) {
          failures.push(`${c.method} ${c.path} ${JSON.stringify(c.body ?? "").slice(0, 200)} → ${r.status} ${r.text.slice(0, 200)}`);
        }
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(CASES);
  }, 300_000);
});
