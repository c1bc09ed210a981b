/**
 * Generating quizzes from large articles happens off the request loop: while eight are being
 * generated, the same instance keeps answering other requests — health checks come back while
 * every generation is still pending. Ordering, not timing: on the request thread each of these
 * generations would hold the loop for most of a second, and nothing else would be answered.
 * Regenerating one question runs the same pipeline over the saved article: off the loop too.
 * The generator's queue is short: past it a generation is refused at once, not after a minute.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { quizFileSchema } from "@/lib/quiz/schema";
import { ApiClient } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { longArticle } from "../support/articles";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
let teacher: ApiClient;
let shortQueue: AppServer;

const article = longArticle(40_000);

beforeAll(async () => {
  const user = await createUser(inject("databaseUrl"), { role: "teacher" });
  teacher = new ApiClient(baseUrl);
  expect(await teacher.signIn(user.email, user.password)).toBe(true);
  shortQueue = await startAppServer({ ...inject("appEnv"), GENERATE_QUEUE_MAX: "1" });
}, 120_000);
afterAll(async () => {
  await shortQueue?.stop();
  await closeTestDb();
});

describe("generation off the request loop", () => {
  it("answers health checks while eight large articles are still being generated", async () => {
    const order: string[] = [];
    const generations = Array.from({ length: 8 }, (_, i) =>
      teacher.json("/api/generate", { method: "POST", json: { text: article, count: 10 } }).then((r) => {
        order.push(`generate ${i}`);
        return r;
      }),
    );
    const anonymous = new ApiClient(baseUrl);
    for (let i = 0; i < 5; i++) {
      const health = await anonymous.json("/api/health");
      expect(health.status).toBe(200);
      order.push(`health ${i}`);
    }
    const results = await Promise.all(generations);

    // Every health check answered before the first generation did.
    expect(order.slice(0, 5)).toEqual(["health 0", "health 1", "health 2", "health 3", "health 4"]);
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(quizFileSchema.parse(r.body.quiz).questions.length).toBeGreaterThan(0);
    }
    // The same article gives the same quiz on whichever thread it ran.
    expect(new Set(results.map((r) => JSON.stringify(r.body.quiz))).size).toBe(1);
  }, 180_000);

  it("answers health checks while replacements for questions of a long article are being generated", async () => {
    // A saved quiz whose article is long: the generator's own draft of it, saved as it came.
    const drafted = await teacher.json("/api/generate", { method: "POST", json: { text: longArticle(30_000), count: 10 } });
    expect(drafted.status).toBe(200);
    const { slug: _slug, ...file } = drafted.body.quiz;
    const saved = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: { ...file, slug: "x" } } });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(201);
    const quizId = saved.body.quiz.id;
    const questionId = file.questions[0].id; // the file's own question id, as the editor sends it

    const order: string[] = [];
    const presses = Array.from({ length: 4 }, (_, i) =>
      teacher.json(`/api/quizzes/${quizId}/regenerate`, { method: "POST", json: { questionId, exclude: [] } }).then((r) => {
        order.push(`regenerate ${i}`);
        return r;
      }),
    );
    const anonymous = new ApiClient(baseUrl);
    for (let i = 0; i < 5; i++) {
      expect((await anonymous.json("/api/health")).status).toBe(200);
      order.push(`health ${i}`);
    }
    const results = await Promise.all(presses);

    expect(order.slice(0, 5)).toEqual(["health 0", "health 1", "health 2", "health 3", "health 4"]);
    for (const r of results) expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    // The same quiz and exclusions give the same replacement on whichever thread it ran.
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
  }, 180_000);

  it("refuses generations past its queue at once, with busy and Retry-After, while the admitted ones finish", async () => {
    // More than the largest pool (4 threads) and its queue of one: some must be refused.
    const on = teacher.on(shortQueue.baseUrl);
    const order: string[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        on.request("/api/generate", { method: "POST", json: { text: article, count: 10 } }).then(async (res) => {
          order.push(String(res.status));
          return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
        }),
      ),
    );
    const refused = results.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.body.error.code).toBe("busy");
      expect(r.retryAfter).toMatch(/^[1-9]\d*$/);
    }
    expect(results.filter((r) => r.status !== 503).map((r) => r.status)).toEqual(Array(10 - refused.length).fill(200));
    // Every refusal came back before the first generation did: none waited in a long line.
    expect(order.slice(0, refused.length)).toEqual(Array(refused.length).fill("503"));
  }, 180_000);
});
