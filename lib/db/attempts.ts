import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { RecordedResponse } from "@/lib/attempts/grading";
import { DEADLINE_GRACE_MS } from "@/lib/attempts/policy";
import { articles, assignments, attempts, classes, enrolments, ltiResourceLinks, quizzes, users, type AttemptSlot } from "./schema";
import type { Conn, Db } from "./types";
import { parseSessionUser, sessionUserColumn, type SessionClaim } from "./users";

/**
 * Queries of attempts, and nothing else: who may do what is lib/attempts/policy.ts, the use cases
 * are lib/attempts/service.ts. Each function is one statement, one round trip.
 */

/**
 * Whether the attempt's student is in the assignment's (active) class: practice is always "in".
 * The outer table is named in full: inside the subquery a bare "user_id" would bind to enrolments.
 */
const inClass = sql<boolean>`("attempts"."kind" = 'practice' or exists (
  select 1 from "assignments" s
  join "classes" c on c.id = s.class_id and c.archived_at is null
  join "enrolments" e on e.class_id = c.id and e.user_id = "attempts"."user_id"
  where s.id = "attempts"."assignment_id"))`;

/** A timed attempt takes writes until its deadline, and a short grace for answers in flight. */
const beforeDeadline = sql<boolean>`("attempts"."deadline" is null or now() <= "attempts"."deadline" + ${`${DEADLINE_GRACE_MS} milliseconds`}::interval)`;

const recordedSchema = z.array(
  z.object({
    questionId: z.string(),
    answer: z.unknown(),
    points: z.number(),
    maxPoints: z.number(),
    correct: z.boolean(),
    gradedQuestionId: z.string().nullable(),
    note: z.string().nullable(),
  }),
);

/**
 * Everything any use case needs to know about one attempt, in one statement: the attempt, its
 * quiz and article, its assignment's rules and class, whether its student is still in that class,
 * and what submit recorded. Given a session claim, also whether it holds (`sessionUser`).
 */
export async function getAttemptRecord({
  db,
  id,
  withArticle = true,
  claim,
}: {
  db: Conn;
  id: string;
  withArticle?: boolean;
  claim?: SessionClaim;
}) {
  const [row] = await db
    .select({
      id: attempts.id,
      userId: attempts.userId,
      studentName: users.name,
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      articleId: quizzes.articleId,
      articleText: withArticle ? articles.text : sql<string>`''`,
      articleTitle: articles.title,
      articleSource: articles.source,
      articlePublishedOn: articles.publishedOn,
      assignmentId: attempts.assignmentId,
      kind: attempts.kind,
      feedback: attempts.feedback,
      checked: attempts.checked,
      status: attempts.status,
      slots: attempts.slots,
      draft: attempts.draft,
      score: attempts.score,
      maxScore: attempts.maxScore,
      startedAt: attempts.startedAt,
      deadline: attempts.deadline,
      savedAt: attempts.savedAt,
      submittedAt: attempts.submittedAt,
      classId: classes.id,
      className: classes.name,
      classTeacherId: classes.teacherId,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      allowLate: assignments.allowLate,
      attemptLimit: assignments.attemptLimit,
      reviewPolicy: assignments.reviewPolicy,
      heldReview: assignments.heldReview,
      assignmentFeedback: assignments.feedback,
      timeLimitMinutes: assignments.timeLimitMinutes,
      extraTime: enrolments.extraTime,
      extensionHours: enrolments.extensionHours,
      largeText: enrolments.largeText,
      inClass,
      recorded: sql<unknown>`(select coalesce(json_agg(json_build_object(
          'questionId', r.question_id, 'answer', r.answer, 'points', r.points,
          'maxPoints', r.max_points, 'correct', r.correct, 'gradedQuestionId', r.graded_question_id, 'note', r.note)), '[]'::json)
        from "responses" r where r.attempt_id = "attempts"."id")`,
      sessionUser: sessionUserColumn(claim),
      // Whether an LMS gradebook takes this attempt's score (LTI AGS), so submit schedules a
      // grade sync only then, without a statement of its own.
      gradePassback: sql<boolean>`exists (select 1 from ${ltiResourceLinks} l
        where l.assignment_id = "attempts"."assignment_id" and l.line_item_url is not null)`,
    })
    .from(attempts)
    .innerJoin(users, eq(users.id, attempts.userId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(classes, eq(classes.id, assignments.classId))
    .leftJoin(enrolments, and(eq(enrolments.classId, classes.id), eq(enrolments.userId, attempts.userId)))
    .where(eq(attempts.id, id));
  if (!row) return undefined;
  const { recorded, inClass: enrolled, sessionUser, ...rest } = row;
  return {
    ...rest,
    inClass: Boolean(enrolled),
    recorded: recordedSchema.parse(recorded) as RecordedResponse[],
    sessionUser: parseSessionUser(sessionUser),
  };
}
export type AttemptRecord = NonNullable<Awaited<ReturnType<typeof getAttemptRecord>>>;

/** Inserts a new attempt unless the student already has one open for it (then nothing). */
export async function insertAttempt({
  db,
  values,
}: {
  db: Db;
  values: {
    id: string;
    userId: string;
    quizId: string;
    assignmentId: string | null;
    kind: "practice" | "assignment";
    feedback: "deferred" | "immediate";
    slots: AttemptSlot[];
    startedAt: Date;
    deadline: Date | null;
  };
}): Promise<boolean> {
  const inserted = await db.insert(attempts).values(values).onConflictDoNothing().returning({ id: attempts.id });
  return inserted.length > 0;
}

/** The student's open attempt for a quiz under one assignment (null: practice). */
export async function findOpenAttempt({ db, userId, quizId, assignmentId }: { db: Conn; userId: string; quizId: string; assignmentId: string | null }) {
  const [row] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(
      and(
        eq(attempts.userId, userId),
        eq(attempts.quizId, quizId),
        eq(attempts.status, "in_progress"),
        assignmentId ? eq(attempts.assignmentId, assignmentId) : sql`${attempts.assignmentId} is null and ${attempts.kind} = 'practice'`,
      ),
    );
  return row?.id ?? null;
}

/**
 * Autosave: merges answers into the draft in one statement, only while the attempt is open, its
 * student's, and (for an assignment) its student still in the class. Checked questions keep their
 * answers; given a session claim, only while it holds. Null when nothing was written; the caller
 * asks why.
 */
export async function saveDraftIfOpen({
  db,
  id,
  userId,
  answers,
  claim,
}: {
  db: Db;
  id: string;
  userId: string;
  answers: Record<string, unknown>;
  claim?: SessionClaim;
}) {
  const [row] = await db
    .update(attempts)
    .set({
      draft: sql`${attempts.draft} || (${JSON.stringify(answers)}::jsonb - array(select jsonb_array_elements_text(${attempts.checked})))`,
      savedAt: sql`now()`,
    })
    .where(
      and(
        eq(attempts.id, id),
        eq(attempts.userId, userId),
        eq(attempts.status, "in_progress"),
        inClass,
        beforeDeadline,
        claim ? sql`${sessionUserColumn(claim)} is not null` : undefined,
      ),
    )
    .returning({ savedAt: attempts.savedAt, slots: attempts.slots });
  return row ?? null;
}

/** Records one checked answer (immediate feedback) as final; null if the attempt is not open or it was checked already. */
export async function markChecked({ db, id, userId, questionId, answer }: { db: Db; id: string; userId: string; questionId: string; answer: unknown }) {
  const [row] = await db
    .update(attempts)
    .set({
      checked: sql`${attempts.checked} || ${JSON.stringify([questionId])}::jsonb`,
      draft: sql`${attempts.draft} || ${JSON.stringify({ [questionId]: answer })}::jsonb`,
      savedAt: sql`now()`,
    })
    .where(
      and(
        eq(attempts.id, id),
        eq(attempts.userId, userId),
        eq(attempts.status, "in_progress"),
        sql`not (${attempts.checked} ? ${questionId})`,
        inClass,
        beforeDeadline,
      ),
    )
    .returning({ savedAt: attempts.savedAt });
  return row ?? null;
}

/**
 * Submit's one write: marks the attempt submitted only if it is still in progress, inserts its
 * graded responses and queues the questions it missed for spaced review — all or nothing, in one
 * statement. False when another submit got there first (nothing was written).
 */
export async function recordSubmission({
  db,
  id,
  userId,
  draft,
  score,
  maxScore,
  submittedAt,
  rows,
  newCard,
  missed,
}: {
  db: Db;
  id: string;
  userId: string;
  draft: Record<string, unknown>;
  score: number;
  maxScore: number;
  submittedAt: Date;
  rows: RecordedResponse[];
  /** The review card every missed question starts with (ts-fsrs, after the miss). */
  newCard: ReviewCardValues;
  /** The missed questions to queue for spaced review. */
  missed: string[];
}): Promise<boolean> {
  const result = await db.execute(sql`
    with done as (
      update "attempts" set status = 'submitted', submitted_at = ${submittedAt.toISOString()}::timestamptz,
        score = ${score}, max_score = ${maxScore}, draft = ${JSON.stringify(draft)}::jsonb
      where id = ${id} and user_id = ${userId} and status = 'in_progress'
      returning id, user_id
    ), graded as (
      insert into "responses" (attempt_id, question_id, answer, points, max_points, correct)
      select done.id, r.question_id, r.answer, r.points, r.max_points, r.correct
      from done, jsonb_to_recordset(${JSON.stringify(
        rows.map((r) => ({ question_id: r.questionId, answer: r.answer, points: r.points, max_points: r.maxPoints, correct: r.correct })),
      )}::jsonb) as r(question_id uuid, answer jsonb, points double precision, max_points double precision, correct boolean)
      returning attempt_id
    ), queued as (
      insert into "review_cards" (user_id, question_id, attempt_id, due, stability, difficulty, elapsed_days,
        scheduled_days, learning_steps, reps, lapses, state, last_review)
      select done.user_id, q.id::uuid, done.id, ${newCard.due.toISOString()}::timestamptz, ${newCard.stability}, ${newCard.difficulty},
        ${newCard.elapsedDays}, ${newCard.scheduledDays}, ${newCard.learningSteps}, ${newCard.reps}, ${newCard.lapses},
        ${newCard.state}, ${newCard.lastReview?.toISOString() ?? null}::timestamptz
      from done, jsonb_array_elements_text(${JSON.stringify(missed)}::jsonb) as q(id)
      on conflict (user_id, question_id) do nothing
      returning 1
    )
    select (select count(*) from done)::int as submitted`);
  const first = (result as unknown as { rows: { submitted: number }[] }).rows[0];
  return Number(first?.submitted ?? 0) > 0;
}

/** The user's attempts, newest first, with what each was for: the history page. */
export async function listAttemptsForUser({ db, userId }: { db: Conn; userId: string }) {
  return db
    .select({
      id: attempts.id,
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      kind: attempts.kind,
      assignmentId: attempts.assignmentId,
      className: classes.name,
      dueAt: assignments.dueAt,
      status: attempts.status,
      score: attempts.score,
      maxScore: attempts.maxScore,
      startedAt: attempts.startedAt,
      submittedAt: attempts.submittedAt,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(classes, eq(classes.id, assignments.classId))
    .where(eq(attempts.userId, userId))
    .orderBy(desc(attempts.startedAt));
}

/** ts-fsrs's `Card`, in our column names. */
export type ReviewCardValues = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

const studentAssignmentsSchema = z.array(
  z.object({
    id: z.string(),
    className: z.string(),
    opensAt: z.coerce.date().nullable(),
    dueAt: z.coerce.date().nullable(),
    allowLate: z.boolean(),
    attemptLimit: z.number().int().nullable(),
    reviewPolicy: z.enum(["after_submit", "after_due", "never"]),
    heldReview: z.enum(["score", "correctness"]),
    feedback: z.enum(["deferred", "immediate"]),
    timeLimitMinutes: z.number().int().nullable(),
    extraTime: z.number(),
    extensionHours: z.number().int(),
    submittedAttempts: z.number().int(),
    openAttemptId: z.string().nullable(),
  }),
);
const liveQuestionsSchema = z.array(z.object({ id: z.string(), definition: z.unknown() }));

/**
 * What starting an attempt needs, in one statement: the quiz, its live questions with their
 * definitions, its assignments to this student (in active classes they are in) with their
 * progress, and their open practice attempt. By quiz, or by one of its assignments. Given a
 * session claim, also whether it holds (`sessionUser`).
 */
export async function getStartFacts({
  db,
  userId,
  quizId,
  assignmentId,
  claim,
}: {
  db: Conn;
  userId: string;
  quizId?: string;
  assignmentId?: string;
  claim?: SessionClaim;
}) {
  const [row] = await db
    .select({
      id: quizzes.id,
      title: quizzes.title,
      status: quizzes.status,
      ownerId: quizzes.ownerId,
      library: quizzes.library,
      assignments: sql<unknown>`(select coalesce(json_agg(json_build_object(
          'id', s.id, 'className', c.name, 'opensAt', s.opens_at, 'dueAt', s.due_at, 'allowLate', s.allow_late,
          'attemptLimit', s.attempt_limit, 'reviewPolicy', s.review_policy, 'heldReview', s.held_review,
          'feedback', s.feedback, 'timeLimitMinutes', s.time_limit_minutes,
          'extraTime', e.extra_time, 'extensionHours', e.extension_hours,
          'submittedAttempts', (select count(*) from "attempts" t where t.assignment_id = s.id and t.user_id = ${userId} and t.status = 'submitted'),
          'openAttemptId', (select t.id from "attempts" t where t.assignment_id = s.id and t.user_id = ${userId} and t.status = 'in_progress' limit 1)
        )), '[]'::json)
        from "assignments" s
        join "classes" c on c.id = s.class_id and c.archived_at is null
        join "enrolments" e on e.class_id = c.id and e.user_id = ${userId}
        where s.quiz_id = "quizzes"."id")`,
      openPracticeId: sql<string | null>`(select t.id from "attempts" t where t.user_id = ${userId} and t.quiz_id = "quizzes"."id"
        and t.kind = 'practice' and t.status = 'in_progress' limit 1)`,
      questions: sql<unknown>`(select coalesce(json_agg(json_build_object('id', q.id, 'definition', k.definition) order by q.position), '[]'::json)
        from "questions" q join "question_keys" k on k.question_id = q.id
        where q.quiz_id = "quizzes"."id" and q.retired_at is null)`,
      sessionUser: sessionUserColumn(claim),
    })
    .from(quizzes)
    .where(quizId ? eq(quizzes.id, quizId) : sql`${quizzes.id} = (select s.quiz_id from "assignments" s where s.id = ${assignmentId ?? null})`);
  if (!row) return undefined;
  return {
    ...row,
    assignments: studentAssignmentsSchema.parse(row.assignments),
    questions: liveQuestionsSchema.parse(row.questions),
    sessionUser: parseSessionUser(row.sessionUser),
  };
}
export type StartFacts = NonNullable<Awaited<ReturnType<typeof getStartFacts>>>;

/**
 * In-progress timed attempts past their deadline (and grace): of a class, or of one student.
 * The predicates are written as attempts_open_deadline_idx's own (literals, not parameters), so
 * the planner can use that partial index whatever the plan cache does. Returns the query itself
 * (await it for the rows), so a test can EXPLAIN exactly what runs.
 */
export function listExpiredAttempts({ db, classId, userId, now }: { db: Conn; classId?: string; userId?: string; now: Date }) {
  const cutoff = new Date(now.getTime() - DEADLINE_GRACE_MS);
  return db
    .select({ id: attempts.id, userId: attempts.userId })
    .from(attempts)
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(
      and(
        sql`${attempts.status} = 'in_progress' and ${attempts.deadline} is not null`,
        sql`${attempts.deadline} < ${cutoff.toISOString()}::timestamptz`,
        classId ? eq(assignments.classId, classId) : undefined,
        userId ? eq(attempts.userId, userId) : undefined,
      ),
    )
    .limit(500);
}
