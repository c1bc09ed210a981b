import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { listAttemptsForUser } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { getViewableQuiz } from "@/lib/classes/access";
import { getArticleById } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { ArticleByline } from "../../_components/article-view";
import { splitParagraphs } from "@/lib/quiz/article-segments";
import { StartAttemptButton } from "../../_components/start-attempt-button";
import { buttonClass, cardClass, linkClass, mutedText } from "../../_components/ui";
import { quizStatuses } from "../_components/quiz-status";
import { StatusBadge } from "../_components/status-badge";

type Props = { params: Promise<{ id: string }> };

async function loadQuiz(rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) return null;
  const db = await getDb();
  const user = await getSessionUser();
  let quiz;
  try {
    quiz = await getViewableQuiz({ db, id: id.data, actor: user });
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") return null;
    throw err;
  }
  // A draft is its owner's to preview, not a quiz page.
  if (quiz.status !== "published") return null;
  const article = await getArticleById({ db, id: quiz.articleId });
  return article ? { db, quiz, article, user } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const found = await loadQuiz((await params).id);
  return { title: found?.quiz.title ?? "Quiz not found" };
}

/** The opening of the article: whole paragraphs up to about 600 characters. */
function excerpt(text: string): string[] {
  const out: string[] = [];
  let length = 0;
  for (const p of splitParagraphs(text)) {
    if (out.length && length + p.text.length > 600) break;
    out.push(p.text);
    length += p.text.length;
  }
  return out;
}

export default async function QuizPage({ params }: Props) {
  await connection(); // the build must never open the database
  const found = await loadQuiz((await params).id);
  if (!found) notFound();
  const { db, quiz, article, user } = found;
  const status = user
    ? quizStatuses((await listAttemptsForUser({ db, userId: user.id })).filter((a) => a.quizId === quiz.id)).get(quiz.id)
    : undefined;
  const opening = excerpt(article.text);

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/quizzes" className={linkClass}>
          ← All quizzes
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance">{quiz.title}</h1>
      {quiz.description ? <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{quiz.description}</p> : null}
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <span className={mutedText}>
          {quiz.questionCount} {quiz.questionCount === 1 ? "question" : "questions"}
        </span>
        {user ? <StatusBadge status={status} /> : null}
      </div>

      <section aria-labelledby="article-heading" className={`${cardClass} mt-6 p-5 sm:p-6`}>
        <p className="text-xs font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">The article</p>
        <h2 id="article-heading" className="mt-1 text-xl font-bold leading-snug">
          {article.title}
        </h2>
        <div className="mt-1">
          <ArticleByline article={article} />
        </div>
        <div className="mt-4 space-y-3 font-serif text-[1.0625rem] leading-relaxed text-slate-800 dark:text-slate-200">
          {opening.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        <p className={`mt-3 text-sm ${mutedText}`}>The full article is shown beside the questions.</p>
      </section>

      <div className="mt-6 flex flex-wrap items-start gap-3">
        {!user ? (
          <>
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/quizzes/${quiz.id}`)}`} className={buttonClass("primary", "px-5")}>
              Sign in to start
            </Link>
            <Link href={`/sign-up?callbackUrl=${encodeURIComponent(`/quizzes/${quiz.id}`)}`} className={buttonClass("secondary", "px-5")}>
              Create an account
            </Link>
          </>
        ) : status?.kind === "in_progress" ? (
          <StartAttemptButton quizId={quiz.id} label="Resume quiz" />
        ) : (
          <StartAttemptButton quizId={quiz.id} label={status?.kind === "submitted" ? "Try again" : "Start quiz"} />
        )}
        {status && status.kind !== "not_started" && status.lastAttemptId ? (
          <Link href={`/attempts/${status.lastAttemptId}/results`} className={buttonClass("secondary", "px-5")}>
            See your last result
          </Link>
        ) : null}
      </div>
    </div>
  );
}
