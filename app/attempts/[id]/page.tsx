import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/lib/db/client";
import { getPreferences } from "@/lib/db/preferences";
import { ArticleView } from "../../_components/article-view";
import { ReadingAids } from "../../_components/read-aloud";
import { ReadingProvider } from "../../_components/reading-provider";
import { ArticlePanel } from "./_components/article-panel";
import { TakeQuiz } from "./_components/take-quiz";
import { TakingLayout } from "./_components/taking-layout";
import { loadAttemptPage } from "./load";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Taking a quiz" };

export default async function AttemptPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const { user, view, questions, article, isOwner } = await loadAttemptPage(id, `/attempts/${id}`);
  if (view.attempt.status === "submitted") redirect(`/attempts/${id}/results`);
  const preferences = await getPreferences({ db: await getDb(), userId: user.id });
  const meta = { title: article.title, source: article.source, publishedOn: article.publishedOn };
  const immediate = view.attempt.feedback === "immediate";
  return (
    // The larger-text accommodation scales the whole quiz, text and controls alike (sizes are in rem).
    <div style={view.largeText && isOwner ? { zoom: 1.25 } : undefined} data-large-text={view.largeText && isOwner ? "" : undefined}>
      <div className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">
          {view.attempt.kind === "practice" ? "Practice" : view.attempt.className ? `Assignment · ${view.attempt.className}` : "Assignment"}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{view.attempt.quizTitle}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {immediate
            ? "Read the article, then answer. Check each answer as you go to see if it is right and why; your answers are saved."
            : "Read the article, then answer the questions. Your answers are saved as you go."}
        </p>
      </div>
      {isOwner && !view.writable ? (
        <p role="status" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          This attempt is closed: you are no longer in its class, or its assignment was removed. Your saved answers are kept.
        </p>
      ) : null}
      <ReadingProvider initial={preferences}>
        {isOwner && view.writable && immediate ? (
          <TakingLayout
            article={meta}
            text={article.text}
            attemptId={view.attempt.id}
            questions={questions}
            initialAnswers={view.responses}
            savedAt={view.attempt.savedAt}
            feedbackMode="immediate"
            initialChecked={view.checked}
            deadline={view.deadline}
          />
        ) : (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start lg:gap-8">
            <ArticlePanel aids={<ReadingAids text={article.text} />}>
              <ArticleView article={meta} text={article.text} headingId="article-title" />
            </ArticlePanel>
            {isOwner && view.writable ? (
              <TakeQuiz
                attemptId={view.attempt.id}
                questions={questions}
                initialAnswers={view.responses}
                savedAt={view.attempt.savedAt}
                deadline={view.deadline}
              />
            ) : isOwner ? null : (
              <p className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
                {view.attempt.studentName} has not submitted the attempt yet. Its answers and score appear here once they do.
              </p>
            )}
          </div>
        )}
      </ReadingProvider>
    </div>
  );
}
