import "server-only";
import { isDeepStrictEqual } from "node:util";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { questionSchema, type Question, type QuizFile } from "@/lib/quiz/schema";
import { publicQuestionSchema, toPublicQuestion, type PublicQuestion } from "@/lib/quiz/public";
import type { Conn, Tx } from "./types";
import { articles, questionKeys, questions, quizzes } from "./schema";


export type QuizSummary = { id: string; slug: string; title: string; description: string | null; questionCount: number };

// Correlated subqueries name the outer table in full: Drizzle leaves a column unqualified when a
// query has one table, and inside the subquery that would bind to the inner alias.
const liveQuestionCount = sql<number>`(select count(*)::int from "questions" q where q.quiz_id = "quizzes"."id" and q.retired_at is null)`;

/**
 * The published quizzes a user may see (lib/classes/permissions.ts `canViewQuiz`): the library's,
 * their own, and — for a student — those assigned in their active classes. Signed out: the library.
 */
export async function listVisibleQuizzes({ db, userId }: { db: Conn; userId: string | null }): Promise<QuizSummary[]> {
  const visible = userId
    ? or(
        eq(quizzes.library, true),
        eq(quizzes.ownerId, userId),
        sql`exists (select 1 from "assignments" s
          join "classes" c on c.id = s.class_id and c.archived_at is null
          join "enrolments" e on e.class_id = c.id and e.user_id = ${userId}
          where s.quiz_id = "quizzes"."id")`,
      )
    : eq(quizzes.library, true);
  return db
    .select({
      id: quizzes.id,
      slug: quizzes.slug,
      title: quizzes.title,
      description: quizzes.description,
      questionCount: liveQuestionCount,
    })
    .from(quizzes)
    .where(and(eq(quizzes.status, "published"), visible))
    .orderBy(asc(quizzes.title));
}

/** Is the quiz assigned to this student in a class they are in (and that is not archived)? */
export async function isQuizAssignedToStudent({ db, quizId, userId }: { db: Conn; quizId: string; userId: string }) {
  const rows = await db.execute(sql`select 1 from "assignments" s
    join "classes" c on c.id = s.class_id and c.archived_at is null
    join "enrolments" e on e.class_id = c.id and e.user_id = ${userId}
    where s.quiz_id = ${quizId} limit 1`);
  return (rows as unknown as { rows: unknown[] }).rows.length > 0;
}

/** Shares a teacher's quiz to the public library, or takes it back. */
export async function setQuizLibrary({ db, id, library }: { db: Conn; id: string; library: boolean }) {
  await db.update(quizzes).set({ library, updatedAt: new Date() }).where(eq(quizzes.id, id));
}

export async function getQuizById({ db, id }: { db: Conn; id: string }) {
  const [row] = await db
    .select({
      id: quizzes.id,
      slug: quizzes.slug,
      title: quizzes.title,
      description: quizzes.description,
      status: quizzes.status,
      ownerId: quizzes.ownerId,
      library: quizzes.library,
      articleId: quizzes.articleId,
      questionCount: liveQuestionCount,
    })
    .from(quizzes)
    .where(eq(quizzes.id, id));
  return row;
}

export async function getArticleById({ db, id }: { db: Conn; id: string }) {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

/** A quiz's live questions with their full definitions (keys included): for grading and attempt set-up. */
export async function getLiveQuestionsWithKeys({ db, quizId }: { db: Conn; quizId: string }) {
  const rows = await db
    .select({ id: questions.id, ref: questions.ref, definition: questionKeys.definition })
    .from(questions)
    .innerJoin(questionKeys, eq(questionKeys.questionId, questions.id))
    .where(and(eq(questions.quizId, quizId), isNull(questions.retiredAt)))
    .orderBy(asc(questions.position));
  return rows.map((r) => ({ id: r.id, ref: r.ref, question: questionSchema.parse(r.definition) }));
}

/** Full definitions of specific questions (retired ones too: an attempt keeps what it was given). */
export async function getQuestionsWithKeys({ db, ids }: { db: Conn; ids: string[] }) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: questions.id,
      definition: questionKeys.definition,
      explanation: questionKeys.explanation,
      evidence: questionKeys.evidence,
    })
    .from(questions)
    .innerJoin(questionKeys, eq(questionKeys.questionId, questions.id))
    .where(inArray(questions.id, ids));
  return rows.map((r) => ({ ...r, question: questionSchema.parse(r.definition) }));
}

/** The stored public fields of a question: its view with a fixed shuffle, never the key. */
function publicContent(question: Question): Record<string, unknown> {
  const { id: _id, type: _type, prompt: _prompt, points: _points, ...rest } = toPublicQuestion(
    question,
    `stored:${question.id}`,
  ) as PublicQuestion & Record<string, unknown>;
  return rest;
}

// jsonb reorders object keys, so compare structurally rather than as JSON text.
const sameDefinition = (stored: unknown, question: Question) =>
  isDeepStrictEqual(stored, JSON.parse(JSON.stringify(question)));

/**
 * Creates or updates a quiz from a quiz file, in the caller's transaction. Questions are
 * copy-on-write: an unchanged question keeps its row; a changed or removed one is retired and a
 * changed one re-inserted, so attempts that used the old row keep their meaning.
 */
export async function saveQuizFile({
  tx,
  file,
  status,
  ownerId = null,
  sourceHash = null,
  library,
}: {
  tx: Tx;
  file: QuizFile;
  status: "draft" | "published";
  ownerId?: string | null;
  sourceHash?: string | null;
  /** Set it to put the quiz in (or take it out of) the public library; left alone when omitted. */
  library?: boolean;
}): Promise<{ id: string; changed: boolean }> {
  const [existing] = await tx
    .select({ id: quizzes.id, articleId: quizzes.articleId, sourceHash: quizzes.sourceHash })
    .from(quizzes)
    .where(eq(quizzes.slug, file.slug))
    .for("update");
  if (existing && sourceHash && existing.sourceHash === sourceHash) return { id: existing.id, changed: false };

  const articleValues = {
    title: file.article.title,
    source: file.article.source ?? null,
    url: file.article.url ?? null,
    publishedOn: file.article.publishedOn ?? null,
    license: file.article.license ?? null,
    text: file.article.text,
    createdBy: ownerId,
  };
  let quizId: string;
  if (existing) {
    quizId = existing.id;
    await tx.update(articles).set(articleValues).where(eq(articles.id, existing.articleId));
    await tx
      .update(quizzes)
      .set({
        title: file.title,
        description: file.description ?? null,
        status,
        sourceHash,
        review: file.review ?? null,
        ...(library === undefined ? {} : { library }),
        updatedAt: new Date(),
      })
      .where(eq(quizzes.id, quizId));
  } else {
    const [article] = await tx.insert(articles).values(articleValues).returning({ id: articles.id });
    const [quiz] = await tx
      .insert(quizzes)
      .values({
        slug: file.slug,
        title: file.title,
        description: file.description ?? null,
        articleId: article!.id,
        status,
        ownerId,
        sourceHash,
        library: library ?? false,
        review: file.review ?? null,
      })
      .returning({ id: quizzes.id });
    quizId = quiz!.id;
  }

  const live = await tx
    .select({ id: questions.id, ref: questions.ref, definition: questionKeys.definition })
    .from(questions)
    .innerJoin(questionKeys, eq(questionKeys.questionId, questions.id))
    .where(and(eq(questions.quizId, quizId), isNull(questions.retiredAt)));
  const liveByRef = new Map(live.map((q) => [q.ref, q]));
  const wanted = new Set(file.questions.map((q) => q.id));
  const gone = live.filter((q) => !wanted.has(q.ref)).map((q) => q.id);
  if (gone.length) await tx.update(questions).set({ retiredAt: new Date() }).where(inArray(questions.id, gone));

  for (const [position, question] of file.questions.entries()) {
    const current = liveByRef.get(question.id);
    if (current && sameDefinition(current.definition, question)) {
      await tx.update(questions).set({ position }).where(eq(questions.id, current.id));
      continue;
    }
    if (current) await tx.update(questions).set({ retiredAt: new Date() }).where(eq(questions.id, current.id));
    const [row] = await tx
      .insert(questions)
      .values({
        quizId,
        ref: question.id,
        position,
        type: question.type,
        prompt: question.prompt,
        points: question.points,
        content: publicContent(question),
        skill: question.skill,
        difficulty: question.difficulty,
      })
      .returning({ id: questions.id });
    await tx.insert(questionKeys).values({
      questionId: row!.id,
      definition: question as unknown as Record<string, unknown>,
      explanation: question.explanation,
      evidence: question.evidence,
    });
  }
  return { id: quizId, changed: true };
}

/** A quiz as its file format (keys included): for its owner's editor and for export. */
export async function getQuizFile({ db, id }: { db: Conn; id: string }): Promise<QuizFile | undefined> {
  const [row] = await db
    .select({
      slug: quizzes.slug,
      title: quizzes.title,
      description: quizzes.description,
      review: quizzes.review,
      article: articles,
    })
    .from(quizzes)
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .where(eq(quizzes.id, id));
  if (!row) return undefined;
  const live = await getLiveQuestionsWithKeys({ db, quizId: id });
  const a = row.article;
  return {
    slug: row.slug,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    ...(row.review ? { review: row.review } : {}),
    article: {
      title: a.title,
      text: a.text,
      ...(a.source ? { source: a.source } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.publishedOn ? { publishedOn: a.publishedOn } : {}),
      ...(a.license ? { license: a.license } : {}),
    },
    questions: live.map((q) => q.question),
  };
}

export async function listQuizzesByOwner({ db, ownerId }: { db: Conn; ownerId: string }) {
  return db
    .select({
      id: quizzes.id,
      slug: quizzes.slug,
      title: quizzes.title,
      status: quizzes.status,
      library: quizzes.library,
      updatedAt: quizzes.updatedAt,
      questionCount: liveQuestionCount,
    })
    .from(quizzes)
    .where(eq(quizzes.ownerId, ownerId))
    .orderBy(sql`${quizzes.updatedAt} desc`);
}

export async function setQuizStatus({ db, id, status }: { db: Conn; id: string; status: "draft" | "published" | "archived" }) {
  await db.update(quizzes).set({ status, updatedAt: new Date() }).where(eq(quizzes.id, id));
}

/** A slug for a new quiz: its title's words and a random tail, so two "Mali" quizzes never clash. */
export function newQuizSlug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  const tail = crypto.randomUUID().slice(0, 6);
  return words ? `${words}-${tail}` : `quiz-${tail}`;
}

/** The quizzes a teacher may assign (lib/classes/permissions.ts `canAssignQuiz`): published, theirs or the shared library's. */
export async function listAssignableQuizzes({ db, teacherId }: { db: Conn; teacherId: string }) {
  return db
    .select({ id: quizzes.id, title: quizzes.title, questionCount: liveQuestionCount })
    .from(quizzes)
    .where(and(eq(quizzes.status, "published"), or(eq(quizzes.library, true), eq(quizzes.ownerId, teacherId))))
    .orderBy(asc(quizzes.title));
}

/**
 * A quiz's live questions as a student would see them, read from `questions` only (never the
 * keys table): the teacher's preview renders these without starting an attempt.
 */
export async function listPublicQuestions({ db, quizId }: { db: Conn; quizId: string }): Promise<PublicQuestion[]> {
  const rows = await db
    .select({ ref: questions.ref, type: questions.type, prompt: questions.prompt, points: questions.points, content: questions.content })
    .from(questions)
    .where(and(eq(questions.quizId, quizId), isNull(questions.retiredAt)))
    .orderBy(asc(questions.position));
  return rows.map((r) => publicQuestionSchema.parse({ ...r.content, id: r.ref, type: r.type, prompt: r.prompt, points: r.points }));
}
