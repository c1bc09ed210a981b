import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/app/_components/article-view";
import { PrintButton } from "@/app/_components/print-button";
import { ReadingAids } from "@/app/_components/read-aloud";
import { ReadingProvider } from "@/app/_components/reading-provider";
import { buttonClass } from "@/app/_components/ui";
import { ArticlePanel } from "@/app/attempts/[id]/_components/article-panel";
import { requireTeacherPage } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getPreferences } from "@/lib/db/preferences";
import { getArticleById, listPublicQuestions } from "@/lib/db/quizzes";
import { or404, uuidOr404 } from "../../../_components/not-found";
import { PreviewQuiz } from "./_components/preview-quiz";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Student preview" };

/**
 * The quiz as a student sees it, drafts included, for its owner. Rendered from the public view of
 * the questions; no attempt row is created, so nothing appears in anyone's history or gradebook.
 */
export default async function PreviewPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/quizzes/${encodeURIComponent(raw)}/preview`);
  const id = uuidOr404(raw);
  const db = await getDb();
  const quiz = await or404(getEditableQuiz({ db, id, actor: user }));
  const [article, questions, preferences] = await Promise.all([
    getArticleById({ db, id: quiz.articleId }),
    listPublicQuestions({ db, quizId: id }),
    getPreferences({ db, userId: user.id }),
  ]);
  if (!article) notFound();

  return (
    <>
      <div
        role="region"
        aria-label="Preview"
        data-print="hide"
        className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
      >
        <p>
          <strong>Student preview{quiz.status === "draft" ? " of a draft" : ""}.</strong> This is what students see. Nothing you
          answer here is saved, graded or recorded as an attempt.
        </p>
        <div className="flex flex-wrap gap-2">
          <PrintButton label="Print without answers" />
          <Link href={`/teach/quizzes/${id}/edit`} className={buttonClass("secondary", "px-3 py-1.5")}>
            Back to the editor
          </Link>
        </div>
      </div>
      <div className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">Quiz</p>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{quiz.title}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Read the article, then answer the questions. Your answers are saved as you go.
        </p>
      </div>
      <ReadingProvider initial={preferences}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start lg:gap-8">
          <ArticlePanel aids={<ReadingAids text={article.text} />}>
            <ArticleView
              article={{ title: article.title, source: article.source, publishedOn: article.publishedOn }}
              text={article.text}
              headingId="article-title"
            />
          </ArticlePanel>
          <PreviewQuiz questions={questions} />
        </div>
      </ReadingProvider>
    </>
  );
}
