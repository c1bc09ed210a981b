import type { Metadata } from "next";
import type { QuestionReview } from "@/lib/db/attempts";
import { NO_ANSWER } from "@/lib/quiz/grade";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PrintButton } from "../../../_components/print-button";
import { StartAttemptButton } from "../../../_components/start-attempt-button";
import { buttonClass, cardClass } from "../../../_components/ui";
import { loadAttemptPage } from "../load";
import type { ReviewItem } from "./_components/result-item";
import { Review } from "./_components/review";
import { ScoreSummary } from "./_components/score-summary";

type Props = { params: Promise<{ id: string }> };

// A result held back by a review policy has no key, explanation or evidence.
const isFullReview = (r: object): r is QuestionReview => "explanation" in r && "evidence" in r;

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const { view, questions, article, isOwner } = await loadAttemptPage(id, `/attempts/${id}/results`);
  if (view.attempt.status !== "submitted" || !view.result) redirect(`/attempts/${id}`);
  const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
  const items: ReviewItem[] = view.result.results.map((r) => ({
    questionId: r.questionId,
    prompt: prompts.get(r.questionId) ?? "",
    correct: r.correct,
    points: r.points,
    maxPoints: r.maxPoints,
    given: r.given === NO_ANSWER ? "" : r.given,
    ...(isFullReview(r) ? { expected: r.expected, explanation: r.explanation, evidence: r.evidence } : {}),
  }));

  return (
    <>
      <div className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">Results</p>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{view.attempt.quizTitle}</h1>
      </div>
      <div className={`${cardClass} mb-8 flex flex-wrap items-center justify-between gap-6 p-5 sm:p-6`}>
        <ScoreSummary heading={isOwner ? "Your score" : "Score"} score={view.result.score} maxScore={view.result.maxScore} submittedAt={view.attempt.submittedAt} />
        <div className="flex flex-wrap gap-3">
          <Link href="/quizzes" className={buttonClass("secondary", "px-5")}>
            Back to quizzes
          </Link>
          <PrintButton label="Print results" />
          {view.attempt.assignmentId || !isOwner ? null : <StartAttemptButton quizId={view.attempt.quizId} label="Try again" />}
        </div>
      </div>
      {view.reviewAvailable === false ? (
        <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          Your teacher has held back the correct answers and explanations for now. You can see your own answers below.
        </p>
      ) : null}
      <Review
        heading={isOwner ? "Your answers" : "Answers"}
        items={items}
        article={{ title: article.title, source: article.source, publishedOn: article.publishedOn }}
        text={article.text}
      />
    </>
  );
}
