import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Conn } from "./types";
import { assignments, attempts, classes, ltiPlatforms, ltiResourceLinks, ltiScoreSyncs, ltiUsers, quizzes, users } from "./schema";

export type ClaimedScore = {
  attemptId: string;
  lineItemUrl: string;
  platformId: string;
  lmsUserId: string;
  score: number;
  maxScore: number;
  tries: number;
};

/**
 * Claims the scores that need posting, in one statement: the latest submitted attempt of each
 * student on the LTI-linked assignments in scope (one assignment, or all) whose score differs
 * from what was last posted (never posted, or regraded since), plus every earlier failure whose
 * retry time has come. Claimed rows have their retry time pushed `leaseSeconds` ahead, so another
 * instance running the same statement at once skips them (the row lock makes it re-check the
 * condition), and a crash mid-post only delays the retry. Starts from the (few) linked
 * assignments and the due index, never from all attempts.
 */
export async function claimDueScores({
  db,
  now,
  leaseSeconds,
  limit,
  assignmentId,
  attemptId,
}: {
  db: Conn;
  now: Date;
  leaseSeconds: number;
  limit: number;
  /** Only this assignment's changed scores (failures due elsewhere are still retried). */
  assignmentId?: string;
  /** Only the changed scores of this attempt's assignment. */
  attemptId?: string;
}): Promise<ClaimedScore[]> {
  const scope = assignmentId
    ? sql`and assignment_id = ${assignmentId}`
    : attemptId
      ? sql`and assignment_id = (select assignment_id from ${attempts} where id = ${attemptId})`
      : sql``;
  const at = sql`${now.toISOString()}::timestamptz`;
  const lease = sql`${new Date(now.getTime() + leaseSeconds * 1000).toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    with linked as (
      select assignment_id, line_item_url from ${ltiResourceLinks}
      where line_item_url is not null ${scope}
    ),
    latest as (
      select distinct on (a.user_id, a.assignment_id) a.id as attempt_id, a.assignment_id, a.score, a.max_score
      from ${attempts} a
      where a.status = 'submitted' and a.score is not null and a.assignment_id in (select assignment_id from linked)
      order by a.user_id, a.assignment_id, a.submitted_at desc
    ),
    changed as (
      select latest.attempt_id, linked.line_item_url
      from latest
      join linked on linked.assignment_id = latest.assignment_id
      left join ${ltiScoreSyncs} s on s.attempt_id = latest.attempt_id and s.line_item_url = linked.line_item_url
      where s.attempt_id is null
        or ((s.posted_score is distinct from latest.score or s.posted_max_score is distinct from latest.max_score) and s.next_try_at <= ${at})
    ),
    retries as (
      select attempt_id, line_item_url from ${ltiScoreSyncs} where status <> 'sent' and next_try_at <= ${at}
    ),
    due as (
      select attempt_id, line_item_url from changed union select attempt_id, line_item_url from retries limit ${limit}
    )
    insert into ${ltiScoreSyncs} (attempt_id, line_item_url, status, next_try_at, updated_at)
    select attempt_id, line_item_url, 'pending', ${lease}, ${at} from due
    on conflict (attempt_id, line_item_url) do update set next_try_at = excluded.next_try_at, updated_at = excluded.updated_at
      where ${ltiScoreSyncs.nextTryAt} <= ${at}
    returning attempt_id, line_item_url, tries`);
  const { rows } = result as unknown as { rows: { attempt_id: string; line_item_url: string; tries: number }[] };
  return Promise.all(rows.map((r) => scoreDetails(db, r.attempt_id, r.line_item_url, r.tries))).then((all) => all.filter((r): r is ClaimedScore => r !== null));
}

/** What a score post needs: the attempt's score and the student's LMS id at the link's issuer. */
async function scoreDetails(db: Conn, attemptId: string, lineItemUrl: string, tries: number): Promise<ClaimedScore | null> {
  const [row] = await db
    .select({ score: attempts.score, maxScore: attempts.maxScore, platformId: ltiResourceLinks.platformId, lmsUserId: ltiUsers.sub })
    .from(attempts)
    .innerJoin(ltiResourceLinks, and(eq(ltiResourceLinks.assignmentId, attempts.assignmentId), eq(ltiResourceLinks.lineItemUrl, lineItemUrl)))
    .innerJoin(ltiUsers, and(eq(ltiUsers.issuer, ltiResourceLinks.issuer), eq(ltiUsers.userId, attempts.userId)))
    .where(eq(attempts.id, attemptId))
    .limit(1);
  if (!row || row.score === null || row.maxScore === null) {
    // A student with no LMS account (joined by code) has nobody to post for: settle the row.
    await recordScoreFailure({ db, attemptId, lineItemUrl, error: "The student has no linked LMS account; nothing to send.", nextTryAt: new Date("9999-01-01") });
    return null;
  }
  return { attemptId, lineItemUrl, platformId: row.platformId, lmsUserId: row.lmsUserId, score: row.score, maxScore: row.maxScore, tries };
}

export async function recordScoreSent({ db, attemptId, lineItemUrl, score, maxScore, at }: { db: Conn; attemptId: string; lineItemUrl: string; score: number; maxScore: number; at: Date }) {
  await db
    .update(ltiScoreSyncs)
    .set({ status: "sent", postedScore: score, postedMaxScore: maxScore, postedAt: at, lastError: null, tries: 0, nextTryAt: at, updatedAt: at })
    .where(and(eq(ltiScoreSyncs.attemptId, attemptId), eq(ltiScoreSyncs.lineItemUrl, lineItemUrl)));
}

export async function recordScoreFailure({ db, attemptId, lineItemUrl, error, nextTryAt }: { db: Conn; attemptId: string; lineItemUrl: string; error: string; nextTryAt: Date }) {
  await db
    .update(ltiScoreSyncs)
    .set({ status: "failed", tries: sql`${ltiScoreSyncs.tries} + 1`, lastError: error.slice(0, 1000), nextTryAt, updatedAt: sql`now()` })
    .where(and(eq(ltiScoreSyncs.attemptId, attemptId), eq(ltiScoreSyncs.lineItemUrl, lineItemUrl)));
}

/** "Resend": the teacher's sync rows for an assignment are due now and will be posted again. */
export async function requeueScores({ db, assignmentId, teacherId }: { db: Conn; assignmentId: string; teacherId: string }) {
  await db.execute(sql`
    update ${ltiScoreSyncs} s set next_try_at = now(), posted_score = null, posted_max_score = null, status = 'pending', updated_at = now()
    from ${attempts} a join ${assignments} asg on asg.id = a.assignment_id join ${classes} c on c.id = asg.class_id
    where s.attempt_id = a.id and a.assignment_id = ${assignmentId} and c.teacher_id = ${teacherId}`);
}

/** The sync log a teacher sees: every score record of their LTI-linked assignments, newest first. */
export async function listScoreSyncsForTeacher({ db, teacherId }: { db: Conn; teacherId: string }) {
  return db
    .select({
      attemptId: ltiScoreSyncs.attemptId,
      assignmentId: attempts.assignmentId,
      quizTitle: quizzes.title,
      className: classes.name,
      studentName: users.name,
      score: attempts.score,
      maxScore: attempts.maxScore,
      status: ltiScoreSyncs.status,
      tries: ltiScoreSyncs.tries,
      nextTryAt: ltiScoreSyncs.nextTryAt,
      lastError: ltiScoreSyncs.lastError,
      postedScore: ltiScoreSyncs.postedScore,
      postedAt: ltiScoreSyncs.postedAt,
      platformName: ltiPlatforms.name,
    })
    .from(ltiScoreSyncs)
    .innerJoin(attempts, eq(attempts.id, ltiScoreSyncs.attemptId))
    .innerJoin(users, eq(users.id, attempts.userId))
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .innerJoin(ltiResourceLinks, and(eq(ltiResourceLinks.assignmentId, assignments.id), eq(ltiResourceLinks.lineItemUrl, ltiScoreSyncs.lineItemUrl)))
    .innerJoin(ltiPlatforms, eq(ltiPlatforms.id, ltiResourceLinks.platformId))
    .where(eq(classes.teacherId, teacherId))
    .orderBy(desc(ltiScoreSyncs.updatedAt))
    .limit(500);
}
