/**
 * closeExpired runs on every gradebook, dashboard and history load: the query that finds timed
 * attempts past their deadline must be answered from the partial index of open timed attempts
 * (attempts_open_deadline_idx) — for a class, the planner may instead go through the unique partial
 * index of open attempts or the class's assignments — never by reading every attempt ever submitted. Checked with
 * EXPLAIN on the real server; sequential scans are priced out so the test table's small size does not
 * decide (with no usable index, Postgres still plans a Seq Scan, and the test fails).
 */
import { drizzle } from "drizzle-orm/node-postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listExpiredAttempts } from "@/lib/db/attempts";
import * as schema from "@/lib/db/schema";
import { closeTestDb, testDb } from "../factories";

afterAll(closeTestDb);

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const OPEN_ATTEMPT_INDEXES = ["attempts_open_deadline_idx", "attempts_one_open_key"];

/** How the plan reads the attempts table: the index names it scans, or "Seq Scan". */
function attemptsAccess(node: PlanNode): string[] {
  const own = node["Relation Name"] === "attempts" ? [node["Index Name"] ?? node["Node Type"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(attemptsAccess)];
}

async function plan(query: { toSQL: () => { sql: string; params: unknown[] } }): Promise<string[]> {
  const { sql, params } = query.toSQL();
  const client = await testDb(inject("databaseUrl")).connect();
  try {
    await client.query("begin");
    await client.query("set local enable_seqscan = off");
    await client.query("analyze attempts");
    const { rows } = await client.query(`explain (format json) ${sql}`, params);
    return attemptsAccess((rows[0]["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan);
  } finally {
    await client.query("rollback");
    client.release();
  }
}

describe("finding expired timed attempts", () => {
  const db = drizzle({ client: testDb(inject("databaseUrl")), schema });
  const now = new Date();

  it("uses the partial index of open timed attempts for a class (gradebook, dashboard)", async () => {
    const access = await plan(listExpiredAttempts({ db, classId: crypto.randomUUID(), now }));
    expect(access.length).toBeGreaterThan(0);
    // Through a partial index of open attempts, or through the class's own assignments: either
    // way bounded by the class, never a scan of every attempt.
    for (const a of access) expect([...OPEN_ATTEMPT_INDEXES, "attempts_assignment_idx"]).toContain(a);
  });

  it("uses it for every student's attempts too", async () => {
    expect(await plan(listExpiredAttempts({ db, now }))).toEqual(["attempts_open_deadline_idx"]);
  });
});
