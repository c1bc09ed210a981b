import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { listAttemptsForUser } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { listVisibleQuizzes } from "@/lib/db/quizzes";
import { cardClass, focusRing, mutedText } from "../_components/ui";
import { quizStatuses } from "./_components/quiz-status";
import { StatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  await connection(); // the build must never open the database
  const user = await getSessionUser();
  const db = await getDb();
  const [quizzes, attempts] = await Promise.all([
    listVisibleQuizzes({ db, userId: user?.id ?? null }),
    user ? listAttemptsForUser({ db, userId: user.id }) : Promise.resolve([]),
  ]);
  const statuses = quizStatuses(attempts);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Quizzes</h1>
      <p className={`mt-2 ${mutedText}`}>Each quiz is built from a real news article: the library's, and those your teachers assign you. Pick one to read and answer.</p>
      {quizzes.length === 0 ? (
        <p className={`${cardClass} mt-6 p-6`}>No quizzes have been published yet.</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {quizzes.map((quiz) => (
            <li key={quiz.id} className={`${cardClass} relative flex flex-col p-5 hover:border-teal-600 dark:hover:border-teal-400`}>
              <h2 className="text-lg font-semibold leading-snug">
                {/* The whole card is clickable through the stretched link; the link text is the title. */}
                <Link href={`/quizzes/${quiz.id}`} className={`rounded-sm after:absolute after:inset-0 after:rounded-xl ${focusRing}`}>
                  {quiz.title}
                </Link>
              </h2>
              {quiz.description ? <p className="mt-2 text-slate-700 dark:text-slate-300">{quiz.description}</p> : null}
              <div className="mt-auto flex flex-wrap items-center gap-3 pt-4 text-sm">
                <span className={mutedText}>
                  {quiz.questionCount} {quiz.questionCount === 1 ? "question" : "questions"}
                </span>
                {user ? <StatusBadge status={statuses.get(quiz.id)} /> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
