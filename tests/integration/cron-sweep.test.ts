/**
 * The scheduled sweep (GET /api/cron/sweep): refused without the bearer token; with it, it closes
 * a timed attempt whose time is up (graded from what was saved) without anyone opening a page.
 */
import { afterAll, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { closeTestDb, createUser, testDb } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const secret = inject("appEnv").CRON_SECRET!;

afterAll(closeTestDb);

const sweep = (authorization?: string) =>
  fetch(`${baseUrl}/api/cron/sweep`, { headers: authorization ? { authorization } : {} });

it("refuses a missing or wrong bearer token with 401 JSON", async () => {
  for (const auth of [undefined, "Bearer wrong-secret-0123456789", secret, `Bearer ${secret}x`]) {
    const res = await sweep(auth);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
  }
});

it.skipIf(!databaseUrl)("closes a timed attempt whose time is up and grades what was saved", async () => {
  const student = await createUser(databaseUrl, { role: "student" });
  const client = new ApiClient(baseUrl);
  await client.signIn(student.email, student.password);
  const quizId = (await client.json("/api/quizzes")).body.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
  const start = await client.json(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
  expect(start.status).toBe(201);
  const attemptId: string = start.body.attemptId;
  // The attempt had a time limit that ran out a minute ago.
  const db = testDb(databaseUrl);
  await db.query("update attempts set deadline = now() - interval '1 minute' where id = $1", [attemptId]);
  const status = async () => (await db.query("select status from attempts where id = $1", [attemptId])).rows[0].status;
  expect(await status()).toBe("in_progress");

  const res = await sweep(`Bearer ${secret}`);
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.closedAttempts).toBeGreaterThanOrEqual(1);
  expect(body).toMatchObject({ scoresSent: expect.any(Number), scoresFailed: expect.any(Number) });
  expect(await status()).toBe("submitted");
});
