/**
 * The findings of the security probe (issue 11), one test each, through the built app:
 * revocable sessions, cross-site writes, unstorable text, malformed addresses, bad callback
 * URLs and the headers every answer carries. Sign-in limits: security-sign-in.test.ts; start-up
 * configuration: security-startup.test.ts; fuzzing: security-fuzz.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { perfectResponses, serval } from "../support/serval";
import { closeTestDb, createUser, testDb } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
afterAll(closeTestDb);

async function signedIn(role: "student" | "teacher" = "student") {
  const user = await createUser(databaseUrl, { role });
  const client = new ApiClient(baseUrl);
  expect(await client.signIn(user.email, user.password)).toBe(true);
  return { client, user };
}

let teacher: ApiClient;
let servalId: string;
beforeAll(async () => {
  teacher = (await signedIn("teacher")).client;
  servalId = (await teacher.json("/api/quizzes")).body.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
});

async function classWithStudent() {
  // A teacher's active class names are unique: each test makes its own.
  const cls = (await teacher.json("/api/classes", { method: "POST", json: { name: `Security period ${crypto.randomUUID().slice(0, 8)}` } })).body.class;
  const student = await signedIn("student");
  expect((await student.client.json("/api/classes/join", { method: "POST", json: { code: cls.joinCode } })).status).toBe(200);
  return { classId: cls.id as string, student };
}

describe("sessions can be revoked", () => {
  it("a signed-out session's cookie no longer works", async () => {
    const { client } = await signedIn();
    const stolen = client.copy();
    expect((await stolen.json("/api/assignments")).status).toBe(200);
    await client.signOut();
    expect(client.signedIn).toBe(false);
    expect((await stolen.json("/api/assignments")).status).toBe(401);
    expect((await stolen.json("/api/auth/session")).body).toBeNull();
  });

  it("signing out one session leaves the user's other sessions alone", async () => {
    const user = await createUser(databaseUrl);
    const phone = new ApiClient(baseUrl);
    const laptop = new ApiClient(baseUrl);
    expect(await phone.signIn(user.email, user.password)).toBe(true);
    expect(await laptop.signIn(user.email, user.password)).toBe(true);
    await phone.signOut();
    expect((await laptop.json("/api/assignments")).status).toBe(200);
  });

  it("a teacher demoted to student can no longer create classes", async () => {
    const { client, user } = await signedIn("teacher");
    expect((await client.json("/api/classes", { method: "POST", json: { name: "Before" } })).status).toBe(201);
    await testDb(databaseUrl).query("update users set role = 'student' where id = $1", [user.id]);
    expect((await client.json("/api/classes", { method: "POST", json: { name: "After" } })).status).toBe(403);
  });

  it("a deleted user can neither read (401) nor write (401, not 500)", async () => {
    const { client, user } = await signedIn();
    await testDb(databaseUrl).query("delete from users where id = $1", [user.id]);
    expect((await client.json("/api/assignments")).status).toBe(401);
    expect((await client.json("/api/classes/join", { method: "POST", json: { code: "K7M-PQ2X" } })).status).toBe(401);
    expect((await client.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" })).status).toBe(401);
  });

  it("a teacher resets a student's password: the student is signed out and signs in with the new one", async () => {
    const { classId, student } = await classWithStudent();
    const reset = await teacher.json(`/api/classes/${classId}/students/${student.user.id}/password`, { method: "POST" });
    expect(reset.status).toBe(200);
    expect(reset.body.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await student.client.json("/api/assignments")).status).toBe(401);
    expect(await new ApiClient(baseUrl).signIn(student.user.email, student.user.password)).toBe(false);
    expect(await new ApiClient(baseUrl).signIn(student.user.email, reset.body.password)).toBe(true);
  });

  it("only the class's teacher can reset, and only for its students", async () => {
    const { classId, student } = await classWithStudent();
    const other = (await signedIn("teacher")).client;
    const outsider = await createUser(databaseUrl);
    const url = (id: string) => `/api/classes/${classId}/students/${id}/password`;
    expect((await other.json(url(student.user.id), { method: "POST" })).status).toBe(404);
    expect((await teacher.json(url(outsider.id), { method: "POST" })).status).toBe(404);
    expect((await student.client.json(url(student.user.id), { method: "POST" })).status).toBe(403);
    expect((await student.client.json("/api/assignments")).status).toBe(200);
  });
});

describe("CSRF: cross-site writes are refused", () => {
  it("refuses a POST from another origin (403) and takes one from this origin", async () => {
    const evil = await teacher.json("/api/classes", {
      method: "POST",
      headers: { origin: "http://evil.example" },
      json: { name: "Forged" },
    });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe("forbidden");
    const fetchMeta = await teacher.json("/api/classes", {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site" },
      json: { name: "Forged" },
    });
    expect(fetchMeta.status).toBe(403);
    expect((await teacher.json("/api/classes", { method: "POST", headers: { origin: "null" }, json: { name: "Forged" } })).status).toBe(403);
    const same = await teacher.json("/api/classes", {
      method: "POST",
      headers: { origin: baseUrl, "sec-fetch-site": "same-origin" },
      json: { name: "Mine" },
    });
    expect(same.status).toBe(201);
  });
});

describe("no 500 on any input", () => {
  const nul = "a\u0000b";

  it("refuses a NUL in a class name with 400", async () => {
    const res = await teacher.json("/api/classes", { method: "POST", json: { name: nul } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/NUL/);
  });

  it("refuses a NUL in a quiz's title, prompt or explanation with 400", async () => {
    const q = serval.questions[0]!;
    for (const quiz of [
      { ...serval, title: nul },
      { ...serval, questions: [{ ...q, prompt: nul }, ...serval.questions.slice(1)] },
      { ...serval, questions: [{ ...q, explanation: nul }, ...serval.questions.slice(1)] },
    ]) {
      const res = await teacher.json("/api/quizzes", { method: "POST", json: { quiz } });
      expect(res.status).toBe(400);
    }
  });

  it("refuses a NUL (or a lone surrogate) in an autosave or a submit with 400", async () => {
    const { client } = await signedIn();
    const start = await client.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" });
    expect(start.status).toBeLessThan(300);
    const [first] = start.body.questions;
    for (const answer of [nul, "\ud800", { [nul]: "x" }]) {
      const save = await client.json(`/api/attempts/${start.body.attemptId}/responses`, {
        method: "PUT",
        json: { responses: { [first.id]: answer } },
      });
      expect(save.status).toBe(400);
    }
    const submit = await client.json(`/api/attempts/${start.body.attemptId}/submit`, {
      method: "POST",
      json: { responses: { ...perfectResponses(start.body.questions), [first.id]: nul } },
    });
    expect(submit.status).toBe(400);
  });

  it("answers PATCH /api/assignments/{id} with {} by 400", async () => {
    const { classId } = await classWithStudent();
    const created = await teacher.json(`/api/classes/${classId}/assignments`, { method: "POST", json: { quizId: servalId } });
    expect(created.status).toBe(201);
    const res = await teacher.json(`/api/assignments/${created.body.assignment.id}`, { method: "PATCH", json: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
  });

  it("answers malformed %-encoding in a path with 400", async () => {
    const api = await fetch(`${baseUrl}/api/quizzes/%zz`);
    expect(api.status).toBe(400);
    expect((await api.json()).error.code).toBe("bad_request");
    expect((await fetch(`${baseUrl}/quizzes/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${baseUrl}/api/attempts/%E0%A4%A/submit`, { method: "POST" })).status).toBe(400);
  });

  it.each(["javascript:alert(1)", "\\\\evil.example", "//evil.example", "https://evil.example/x"])(
    "ignores the callbackUrl %j on Auth.js's pages",
    async (callbackUrl) => {
      for (const path of ["/api/auth/signin", "/api/auth/signout"]) {
        const res = await fetch(`${baseUrl}${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`, { redirect: "manual" });
        expect(res.status).toBeLessThan(500);
        const location = res.headers.get("location") ?? "";
        expect(location).not.toContain("evil.example");
        expect(location).not.toContain("javascript");
      }
    },
  );
});

describe("headers", () => {
  it("every page has a nonce CSP, frame-ancestors 'none', HSTS, Permissions-Policy and COOP", async () => {
    const nonces = new Set<string>();
    for (const path of ["/", "/quizzes", "/sign-in", "/sign-up"]) {
      const res = await fetch(baseUrl + path);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `${path} CSP`).toBeTruthy();
      nonces.add(nonce!);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Next puts the nonce on its own scripts.
      expect(await res.text()).toContain(`nonce="${nonce}"`);
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(nonces.size).toBe(4);
  });

  it("API answers forbid everything active and are never cached", async () => {
    const res = await fetch(`${baseUrl}/api/quizzes`);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("strict-transport-security")).toBeTruthy();
  });
});
