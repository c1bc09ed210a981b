/**
 * Statements the attempt pages' loader (app/attempts/[id]/load.ts → read.ts) sends, counted by the same
 * counter as the API's `x-db-statements`: the results page reads the attempt, its recorded
 * answers and its article in one statement; the keys were read at submit and stay cached
 * (a quiz version's questions never change).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAttemptPage } from "@/app/attempts/[id]/read";
import * as attempts from "@/lib/attempts/service";
import { countStatementsOf } from "@/lib/db/pool";
import { quizzes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { makeUser, openTestDb } from "./pglite";

let db: Db;
let close: () => Promise<void>;
let servalId: string;

beforeAll(async () => {
  ({ db, close } = await openTestDb({ countStatements: true }));
  const [row] = await db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, "serval"));
  servalId = row!.id;
}, 120_000);
afterAll(() => close());

describe("the attempt pages' data load", () => {
  it("reads a submitted attempt with its article and result in one statement", async () => {
    const actor = await makeUser(db);
    const started = await attempts.start({ db, actor, request: { quizId: servalId, practice: true } });
    await attempts.submit({ db, actor, attemptId: started.attemptId, answers: {} });

    const { result: page, statements } = await countStatementsOf(() => readAttemptPage({ db, actor, attemptId: started.attemptId }));
    expect(page?.view.result?.results.length).toBe(started.questions.length);
    expect(page?.article.text.length).toBeGreaterThan(1_000);
    expect(statements).toBe(1);
  });

  it("reads an attempt in progress in one statement too", async () => {
    const actor = await makeUser(db);
    const started = await attempts.start({ db, actor, request: { quizId: servalId, practice: false } });
    const { result: page, statements } = await countStatementsOf(() => readAttemptPage({ db, actor, attemptId: started.attemptId }));
    expect(page?.isOwner).toBe(true);
    expect(statements).toBe(1);
  });

  it("the counter counts every statement (a second read would show)", async () => {
    const { statements } = await countStatementsOf(async () => {
      await db.select({ id: quizzes.id }).from(quizzes);
      await db.select({ id: quizzes.id }).from(quizzes);
    });
    expect(statements).toBe(2);
  });
});
