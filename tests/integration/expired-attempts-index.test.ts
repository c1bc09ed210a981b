/**
 * closeExpired runs on every gradebook, dashboard and history load: the query that finds timed
 * attempts past their deadline must be answered from the partial index of open timed attempts
 * (attempts_open_deadline_idx), not by reading every attempt ever submitted. Checked with EXPLAIN
 * on the real server; sequential scans are priced out so the test table's small size does not decide.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { expiredAttemptsQuery } from "@/lib/db/attempts";
import * as schema from "@/lib/db/schema";
import { closeTestDb, testDb } from "../factories";

afterAll(closeTestDb);

async function plan(query: { toSQL: () => { sql: string; params: unknown[] } }): Promise<string> {
  const { sql, params } = query.toSQL();
  const client = await testDb(inject("databaseUrl")).connect();
  try {
    await client.query("begin");
    await client.query("set local enable_seqscan = off");
    await client.query("analyze attempts");
    const { rows } = await client.query(`explain (format json) ${sql}`, params);
    return JSON.stringify(rows[0]["QUERY PLAN"]);
  } finally {
    await client.query("rollback");
    client.release();
  }
}

describe("finding expired timed attempts", () => {
  const db = drizzle({ client: testDb(inject("databaseUrl")), schema });
  const now = new Date();

  it("uses the partial index of open timed attempts for a class (gradebook, dashboard)", async () => {
    expect(await plan(expiredAttemptsQuery({ db, classId: crypto.randomUUID(), now }))).toContain('"Index Name":"attempts_open_deadline_idx"');
  });

  it("uses it for every student's attempts too", async () => {
    expect(await plan(expiredAttemptsQuery({ db, now }))).toContain('"Index Name":"attempts_open_deadline_idx"');
  });
});
