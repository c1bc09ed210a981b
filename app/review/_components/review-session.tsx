"use client";

import { useState } from "react";
import type { ReviewPrompt } from "@/lib/review/queue";
import { LocalTime } from "../../_components/local-time";
import { buttonClass, cardClass, mutedText } from "../../_components/ui";
import { isAnswered, toPayload } from "../../attempts/[id]/_components/answers";
import { CheckFeedback, type Feedback } from "../../attempts/[id]/_components/check-feedback";
import { QuestionField } from "../../attempts/[id]/_components/question-field";

/** One due question at a time: answer, check (graded and rescheduled on the server), next. */
export function ReviewSession({ reviews }: { reviews: ReviewPrompt[] }) {
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<unknown>(undefined);
  const [feedback, setFeedback] = useState<(Feedback & { nextDue: string }) | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [right, setRight] = useState(0);
  const current = reviews[index];

  if (!current) {
    return (
      <div className={`${cardClass} mt-6 p-6`} role="status">
        <h2 className="text-lg font-semibold">Review done for today</h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          You got {right} of {reviews.length} right. Each question is scheduled to come back when it will do you most good.
        </p>
      </div>
    );
  }

  async function check() {
    setChecking(true);
    setError(null);
    try {
      const res = await fetch(`/api/reviews/${current!.questionId}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answer: toPayload(current!.question, answer) }),
      });
      const body = (await res.json().catch(() => null)) as { feedback?: Feedback; nextDue?: string; error?: { message?: string } } | null;
      if (res.ok && body?.feedback && body.nextDue) {
        setFeedback({ ...body.feedback, nextDue: body.nextDue });
        if (body.feedback.correct) setRight((n) => n + 1);
      } else setError(body?.error?.message ?? "Couldn't check this answer. Try again.");
    } catch {
      setError("Couldn't reach the server. Check your connection and try again.");
    }
    setChecking(false);
  }

  function next() {
    setIndex((i) => i + 1);
    setAnswer(undefined);
    setFeedback(null);
    setError(null);
  }

  return (
    <div className="mt-6 space-y-4">
      <p className={`text-sm ${mutedText}`} aria-live="polite">
        Question {index + 1} of {reviews.length} due · from “{current.quizTitle}”
      </p>
      <section aria-labelledby="review-context" className={`${cardClass} p-5`}>
        <h2 id="review-context" className="text-xs font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">
          From the article “{current.articleTitle}”
        </h2>
        <div className="mt-2 space-y-3 font-serif text-[1.0625rem] leading-relaxed text-slate-800 dark:text-slate-200">
          {current.context.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      </section>
      <ol key={current.questionId}>
        <QuestionField
          question={current.question}
          number={index + 1}
          total={reviews.length}
          value={answer}
          answered={isAnswered(current.question, answer)}
          onChange={setAnswer}
          locked={Boolean(feedback)}
          footer={
            <CheckFeedback
              number={index + 1}
              feedback={feedback ?? undefined}
              canCheck={isAnswered(current.question, answer)}
              checking={checking}
              error={error}
              onCheck={() => void check()}
              onShowEvidence={() => document.getElementById("review-context")?.scrollIntoView({ block: "start" })}
            />
          }
        />
      </ol>
      {feedback ? (
        <div className="flex flex-wrap items-center gap-4">
          <button type="button" onClick={next} className={buttonClass("primary", "px-5")} autoFocus>
            {index + 1 < reviews.length ? "Next question" : "Finish"}
          </button>
          <p className={`text-sm ${mutedText}`}>
            Back for review <LocalTime iso={feedback.nextDue} withTime={false} />.
          </p>
        </div>
      ) : null}
    </div>
  );
}
