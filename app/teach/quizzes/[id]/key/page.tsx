import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PrintButton } from "@/app/_components/print-button";
import { cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getQuizFile } from "@/lib/db/quizzes";
import { TYPE_LABELS } from "@/lib/quiz/editing";
import { gradeQuestion } from "@/lib/quiz/grade";
import { or404, uuidOr404 } from "../../../_components/not-found";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Answer key" };

/** The quiz's answer key for its owner: each question, its answer, why, and the proving sentences. Made to print. */
export default async function AnswerKeyPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/quizzes/${encodeURIComponent(raw)}/key`);
  const id = uuidOr404(raw);
  const db = await getDb();
  const quiz = await or404(getEditableQuiz({ db, id, actor: user }));
  const file = await getQuizFile({ db, id });
  if (!file) notFound();
  const total = file.questions.reduce((sum, q) => sum + q.points, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">Answer key</p>
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{quiz.title}</h1>
          <p className={`mt-1 ${mutedText}`}>
            {file.questions.length} questions · {total} points · article: {file.article.title}
          </p>
        </div>
        <div data-print="hide" className="flex flex-wrap items-center gap-3">
          <Link href={`/teach/quizzes/${id}/edit`} className={linkClass}>
            Back to the editor
          </Link>
          <PrintButton label="Print the key" />
        </div>
      </div>
      <ol className="space-y-4">
        {file.questions.map((q, i) => (
          <li key={q.id} className={`${cardClass} p-5`}>
            <p className="text-sm font-semibold text-teal-800 dark:text-teal-300">
              Question {i + 1} <span className={`font-normal ${mutedText}`}>· {TYPE_LABELS[q.type]} · {q.points} {q.points === 1 ? "point" : "points"}</span>
            </p>
            <h2 className="mt-1 font-semibold">{q.prompt}</h2>
            <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
              <dt className="font-semibold">Answer</dt>
              <dd className="break-words">{gradeQuestion(q, undefined).expected}</dd>
              <dt className="font-semibold">Why</dt>
              <dd className="break-words">{q.explanation}</dd>
              {q.evidence.length > 0 && (
                <>
                  <dt className="font-semibold">Evidence</dt>
                  <dd>
                    {q.evidence.map((span) => (
                      <blockquote key={`${span.start}-${span.end}`} className="border-l-4 border-amber-400 pl-2 font-serif">
                        {file.article.text.slice(span.start, span.end)}
                      </blockquote>
                    ))}
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
