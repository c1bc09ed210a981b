import type { Metadata } from "next";
import { NO_ANSWER } from "@/lib/quiz/grade";
import { responseSchemas } from "@/lib/quiz/schema";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PrintButton } from "../../../_components/print-button";
import { StartAttemptButton } from "../../../_components/start-attempt-button";
import { buttonClass, cardClass, linkClass } from "../../../_components/ui";
import { getDb } from "@/lib/db/client";
import { listGradeChanges } from "@/lib/db/grade-changes";
import { LocalTime } from "../../../_components/local-time";
import { loadAttemptPage } from "../load";
import type { ReviewItem } from "./_components/result-item";
import { Review } from "./_components/review";
import { ScoreSummary } from "./_components/score-summary";

type Props = { params: Promise<{ id: string }> };

const HELD_BACK = {
  correctness: "Your teacher has held back the correct answers and explanations for now. You can see which of your answers were right.",
  score: "Your teacher shows the score only for this assignment. You can see your own answers below.",
} as const;

/** The sentences an evidence question's recorded answer selected; none when it holds something else. */
function selectedSentences(answer: unknown) {
  const r = responseSchemas.evidence.safeParse(answer);
  return r.success ? r.data.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start) : [];
}

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const { view, questions, article, isOwner } = await loadAttemptPage(id, `/attempts/${id}/results`);
  if (view.attempt.status !== "submitted" || !view.result) redirect(`/attempts/${id}`);
  const prompts = new Map(questions.map((q) => [q.id, q.prompt]));
  const types = new Map(questions.map((q) => [q.id, q.type]));
  const shown = (r: { questionId: string; given: string; answer: unknown }) => ({
    prompt: prompts.get(r.questionId) ?? "",
    given: r.given === NO_ANSWER ? "" : r.given,
    ...(types.get(r.questionId) === "evidence" ? { picks: selectedSentences(r.answer) } : {}),
  });
  const result = view.result;
  // Only what the review level allows ever reached this page (lib/attempts/policy.ts forViewer).
  const items: ReviewItem[] =
    result.level === "full"
      ? result.results.map((r) => ({ ...r, ...shown(r) }))
      : result.level === "correctness"
        ? result.results.map((r) => ({ ...r, ...shown(r) }))
        : result.results.map((r) => ({ questionId: r.questionId, ...shown(r) }));
  const missed = result.level === "full" ? result.results.filter((r) => !r.correct).length : 0;
  const practice = view.attempt.kind === "practice";
  const teacherView = !isOwner;
  const history = teacherView ? await listGradeChanges({ db: await getDb(), attemptId: view.attempt.id }) : [];
  const numberOf = new Map(questions.map((q, i) => [q.id, i + 1]));

  return (
    <>
      <div className="mb-6">
        {teacherView && view.attempt.classId ? (
          <p className="mb-2 text-sm">
            <Link href={`/teach/classes/${view.attempt.classId}/gradebook`} className={linkClass}>
              ← Back to the gradebook{view.attempt.className ? ` of ${view.attempt.className}` : ""}
            </Link>
          </p>
        ) : null}
        <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">
          {teacherView ? `Results of ${view.attempt.studentName}` : "Results"}
          {" · "}
          {practice ? "Practice" : view.attempt.className ? `${view.attempt.className} assignment` : "Assignment"}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{view.attempt.quizTitle}</h1>
      </div>
      <div className={`${cardClass} mb-8 flex flex-wrap items-center justify-between gap-6 p-5 sm:p-6`}>
        <ScoreSummary heading={isOwner ? "Your score" : "Score"} score={result.score} maxScore={result.maxScore} submittedAt={view.attempt.submittedAt} />
        <div className="flex flex-wrap gap-3">
          <Link href={isOwner ? "/quizzes" : `/teach/classes/${view.attempt.classId ?? ""}/gradebook`} className={buttonClass("secondary", "px-5")}>
            {isOwner ? "Back to quizzes" : "Back to the gradebook"}
          </Link>
          <PrintButton label="Print results" />
          {isOwner && practice && missed > 0 ? (
            <StartAttemptButton quizId={view.attempt.quizId} retryOf={view.attempt.id} label={`Retry the ${missed} I missed`} />
          ) : null}
          {isOwner && practice ? <StartAttemptButton quizId={view.attempt.quizId} practice label="Practise again" variant="secondary" /> : null}
        </div>
      </div>
      {result.level !== "full" ? (
        <p className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {HELD_BACK[result.level]}
        </p>
      ) : null}
      {history.length ? (
        <section aria-labelledby="history-heading" className={`${cardClass} mb-6 p-5`}>
          <h2 id="history-heading" className="font-semibold">
            Grade history
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {history.map((h, i) => (
              <li key={i}>
                <LocalTime iso={h.at.toISOString()} />: question {numberOf.get(h.questionId) ?? "?"}{" "}
                {h.kind === "regrade" ? "regraded with a corrected key" : "changed by hand"}, {h.beforePoints} → {h.afterPoints}
                {h.by ? ` by ${h.by}` : ""}
                {h.note ? ` — “${h.note}”` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Review
        heading={isOwner ? "Your answers" : "Answers"}
        items={items}
        article={{ title: article.title, source: article.source, publishedOn: article.publishedOn }}
        text={article.text}
        overrideFor={teacherView && view.attempt.classId ? view.attempt.id : undefined}
      />
    </>
  );
}
