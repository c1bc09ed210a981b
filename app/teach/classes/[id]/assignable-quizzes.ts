import "server-only";
import type { Db } from "@/lib/db/client";
import { getQuizById, listPublishedQuizzes, listQuizzesByOwner } from "@/lib/db/quizzes";

/**
 * The quizzes this teacher may assign (canAssignQuiz): their own published ones and the shared
 * library (no owner). lib/db has no single query for it yet, so the library's owners are looked up.
 */
export async function listAssignableQuizzes({ db, teacherId }: { db: Db; teacherId: string }) {
  const [mine, published] = await Promise.all([listQuizzesByOwner({ db, ownerId: teacherId }), listPublishedQuizzes({ db })]);
  const mineIds = new Set(mine.map((q) => q.id));
  const others = published.filter((q) => !mineIds.has(q.id));
  const rows = await Promise.all(others.map((q) => getQuizById({ db, id: q.id })));
  const library = others.filter((_, i) => rows[i]?.ownerId === null);
  return [
    ...mine.filter((q) => q.status === "published"),
    ...library,
  ].map(({ id, title, questionCount }) => ({ id, title, questionCount }));
}
