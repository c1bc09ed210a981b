/**
 * The review queue lives in Postgres, not in a process: close the embedded database, open it
 * again (what a restart does to the data), and what was due is still due.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, expect, it } from "vitest";
import * as attempts from "@/lib/attempts/service";
import { MIGRATIONS_DIR } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { seedQuizzes } from "@/lib/db/seed";
import type { Db } from "@/lib/db/types";
import { countDueReviews } from "@/lib/review/queue";
import { makeUser } from "./pglite";

const dir = mkdtempSync(path.join(tmpdir(), "readcheck-restart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open() {
  const client = new PGlite(dir);
  await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS_DIR });
  return { db: drizzle({ client, schema }) as unknown as Db, client };
}

it("the review queue survives a restart", async () => {
  const first = await open();
  await seedQuizzes(first.db);
  const [serval] = await first.db.select({ id: schema.quizzes.id }).from(schema.quizzes).where(eq(schema.quizzes.slug, "serval"));
  const student = await makeUser(first.db);
  const now = new Date();
  const started = await attempts.start({ db: first.db, actor: student, request: { quizId: serval!.id }, now });
  await attempts.submit({ db: first.db, actor: student, attemptId: started.attemptId, answers: {}, now });
  const later = new Date(now.getTime() + 2 * 24 * 3600_000);
  const before = await countDueReviews({ db: first.db, actor: student, now: later });
  expect(before).toBe(started.questions.length);
  await first.client.close();

  const second = await open();
  expect(await countDueReviews({ db: second.db, actor: student, now: later })).toBe(before);
  await second.client.close();
}, 120_000);
