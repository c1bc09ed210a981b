import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/lib/db/client";
import { getPreferences } from "@/lib/db/preferences";
import { ArticleView } from "../../_components/article-view";
import { ArticleReader } from "../../_components/read-aloud";
import { ArticlePanel } from "./_components/article-panel";
import { TakeQuiz } from "./_components/take-quiz";
import { loadAttemptPage } from "./load";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Taking a quiz" };

export default async function AttemptPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const { user, view, questions, article, isOwner } = await loadAttemptPage(id, `/attempts/${id}`);
  if (view.attempt.status === "submitted") redirect(`/attempts/${id}/results`);
  const preferences = await getPreferences({ db: await getDb(), userId: user.id });
  return (
    <>
      <div className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">Quiz</p>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{view.attempt.quizTitle}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Read the article, then answer the questions. Your answers are saved as you go.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start lg:gap-8">
        <ArticlePanel>
          <ArticleReader text={article.text} initial={preferences}>
            <ArticleView
              article={{ title: article.title, source: article.source, publishedOn: article.publishedOn }}
              text={article.text}
              headingId="article-title"
            />
          </ArticleReader>
        </ArticlePanel>
        {isOwner ? (
          <TakeQuiz
            attemptId={view.attempt.id}
            questions={questions}
            initialAnswers={view.responses}
            savedAt={view.attempt.savedAt}
          />
        ) : (
          <p className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            This student has not submitted the attempt yet. Its answers and score appear here once they do.
          </p>
        )}
      </div>
    </>
  );
}
