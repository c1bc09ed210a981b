/**
 * The grade-passback outbox on a real (embedded) Postgres: which scores a sync claims, that two
 * syncs racing claim a score once, that a posted score is not claimed again until it changes
 * (a regrade), and that a student with no LMS account is settled rather than retried forever.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as attemptService from "@/lib/attempts/service";
import { joinClassByCode } from "@/lib/db/classes";
import { linkUser, saveResourceLink } from "@/lib/db/lti-links";
import { createPlatform } from "@/lib/db/lti-platforms";
import { claimDueScores, recordScoreSent } from "@/lib/db/lti-scores";
import { attempts, ltiScoreSyncs, quizzes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { makeAssignment, makeUser, openTestDb } from "./pglite";

let db: Db;
let close: () => Promise<void>;
let servalId: string;
const ISSUER = "https://lms.example";
const LINE_ITEM = "https://lms.example/lineitems/1";

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  const [row] = await db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, "serval"));
  servalId = row!.id;
}, 120_000);
afterAll(() => close());

async function linkedAssignment() {
  const made = await makeAssignment(db, servalId);
  const platform = await createPlatform({ db, ownerId: made.teacher.id, name: "LMS", issuer: ISSUER, clientId: randomUUID(), deploymentIds: ["d"], authUrl: `${ISSUER}/auth`, tokenUrl: `${ISSUER}/token`, jwksUrl: `${ISSUER}/jwks` });
  await saveResourceLink({ db, issuer: ISSUER, resourceLinkId: randomUUID(), platformId: platform.id, assignmentId: made.assignment.id, lineItemUrl: LINE_ITEM });
  await linkUser({ db, issuer: ISSUER, sub: `sub-${made.student.id}`, userId: made.student.id });
  return made;
}

async function submitted(student: { id: string; role: "student" | "teacher" }) {
  const { attemptId } = await attemptService.start({ db, actor: student, request: { quizId: servalId } });
  await attemptService.submit({ db, actor: student, attemptId, answers: {} });
  return attemptId;
}

const claim = (assignmentId: string, now = new Date()) => claimDueScores({ db, now, leaseSeconds: 120, limit: 50, assignmentId });
/** A claim's rows for these attempts only: a claim also retries other tests' due rows, by design. */
const claimOf = async (attemptIds: string[], assignmentId: string, now?: Date) => (await claim(assignmentId, now)).filter((c) => attemptIds.includes(c.attemptId));

describe("score outbox", () => {
  it("claims a new score once, even when two syncs race for it", async () => {
    const { assignment, student } = await linkedAssignment();
    const attemptId = await submitted(student);
    const [a, b] = await Promise.all([claimOf([attemptId], assignment.id), claimOf([attemptId], assignment.id)]);
    expect([...a!, ...b!].map((c) => c.attemptId)).toEqual([attemptId]);
    expect([...a!, ...b!][0]).toMatchObject({ lineItemUrl: LINE_ITEM, lmsUserId: `sub-${student.id}`, score: 0 });
    // Within the lease nobody claims it again.
    expect(await claimOf([attemptId], assignment.id)).toEqual([]);
  });

  it("does not claim a posted score again until it changes (a regrade), then does", async () => {
    const { assignment, student } = await linkedAssignment();
    const attemptId = await submitted(student);
    const [c] = await claimOf([attemptId], assignment.id);
    await recordScoreSent({ db, attemptId, lineItemUrl: LINE_ITEM, score: c!.score, maxScore: c!.maxScore, at: new Date() });
    const later = new Date(Date.now() + 3600_000);
    expect(await claimOf([attemptId], assignment.id, later)).toEqual([]);
    await db.update(attempts).set({ score: sql`${attempts.score} + 1` }).where(eq(attempts.id, attemptId));
    const again = await claimOf([attemptId], assignment.id, later);
    expect(again.map((r) => [r.attemptId, r.score])).toEqual([[attemptId, c!.score + 1]]);
  });

  it("claims only each student's latest submitted attempt", async () => {
    const { assignment, student } = await linkedAssignment();
    const first = await submitted(student);
    const second = await submitted(student);
    expect((await claimOf([first, second], assignment.id)).map((c) => c.attemptId)).toEqual([second]);
  });

  it("settles a student who has no LMS account instead of retrying", async () => {
    const { assignment, cls } = await linkedAssignment();
    const joinedByCode = await makeUser(db, "student");
    await joinClassByCode({ db, userId: joinedByCode.id, code: cls.joinCode });
    const attemptId = await submitted(joinedByCode);
    expect((await claim(assignment.id)).map((c) => c.attemptId)).not.toContain(attemptId);
    const [row] = await db.select().from(ltiScoreSyncs).where(eq(ltiScoreSyncs.attemptId, attemptId));
    expect(row!.status).toBe("failed");
    expect(row!.lastError).toContain("no linked LMS account");
    expect(await claimOf([attemptId], assignment.id, new Date(Date.now() + 30 * 24 * 3600_000))).toEqual([]);
  });
});
