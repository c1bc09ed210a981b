import "server-only";
import { eq, sql } from "drizzle-orm";
import type { QuizUsage } from "@/lib/quiz/ownership";
import type { QuizFile } from "@/lib/quiz/schema";
import type { Conn, Tx } from "./types";
import { newQuizSlug, saveQuizFile } from "./quizzes";
import { articles, quizzes } from "./schema";


/** A new draft quiz (and its own article row) from a quiz file, owned by `ownerId`. */
export async function createQuizCopy({ tx, file, ownerId, title }: { tx: Tx; file: QuizFile; ownerId: string; title: string }) {
  return saveQuizFile({ tx, file: { ...file, title, slug: newQuizSlug(title) }, status: "draft", ownerId });
}

/** How much recorded work hangs on a quiz: attempts (and their students) and assignments. */
export async function getQuizUsage({ db, id }: { db: Conn; id: string }): Promise<QuizUsage> {
  // The outer table is named in full: in a one-table query Drizzle leaves ${quizzes.id}
  // unqualified, and inside the subquery it would bind to the inner row (t.id), counting nothing.
  const [row] = await db
    .select({
      attempts: sql<number>`(select count(*)::int from "attempts" t where t.quiz_id = "quizzes"."id")`,
      students: sql<number>`(select count(distinct t.user_id)::int from "attempts" t where t.quiz_id = "quizzes"."id")`,
      assignments: sql<number>`(select count(*)::int from "assignments" a where a.quiz_id = "quizzes"."id")`,
    })
    .from(quizzes)
    .where(eq(quizzes.id, id));
  return row ?? { attempts: 0, students: 0, assignments: 0 };
}

/**
 * Locks the quiz row until the transaction ends. Starting an attempt or assigning the quiz checks
 * its foreign key against this row, so neither can slip in between counting usage and deleting.
 */
export async function lockQuiz({ tx, id }: { tx: Tx; id: string }) {
  await tx.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.id, id)).for("update");
}

/**
 * Deletes a quiz with its questions, keys and article, in the caller's transaction. Attempts
 * would cascade with it: call only after lockQuiz and a usage count of zero.
 */
export async function deleteQuizRows({ tx, id }: { tx: Tx; id: string }) {
  const [quiz] = await tx.delete(quizzes).where(eq(quizzes.id, id)).returning({ articleId: quizzes.articleId });
  if (quiz) await tx.delete(articles).where(eq(articles.id, quiz.articleId));
}
