"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import type { PublicQuestion } from "@/lib/quiz/public";
import { isRetryable, keepTrying, outageMessage, retryDelayMs } from "@/lib/retry";
import { buttonClass } from "../../../_components/ui";
import { isAnswered, toPayload, type Answers } from "./answers";
import { CheckFeedback, type Feedback } from "./check-feedback";
import { Countdown } from "./countdown";
import { ProgressMeter, SaveStatusLine } from "./progress";
import { QuestionField } from "./question-field";
import { SubmitDialog } from "./submit-dialog";
import { useAutosave } from "./use-autosave";

/** The questions of an in-progress attempt: answering, autosave, progress and submit. */
export function TakeQuiz({
  attemptId,
  questions,
  initialAnswers,
  savedAt,
  feedbackMode = "deferred",
  initialChecked = {},
  onShowEvidence,
  deadline = null,
}: {
  attemptId: string;
  questions: PublicQuestion[];
  initialAnswers: Answers;
  savedAt: string | null;
  /** "immediate": each answer can be checked as you go (practice, or as the teacher chose). */
  feedbackMode?: "deferred" | "immediate";
  initialChecked?: Record<string, Feedback>;
  onShowEvidence?: (evidence: Feedback["evidence"]) => void;
  /** A timed attempt's close (the server enforces it). */
  deadline?: string | null;
}) {
  const router = useRouter();
  const resultsUrl = `/attempts/${attemptId}/results`;
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitRetry, setSubmitRetry] = useState<string | null>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const goToResults = useCallback(() => router.push(resultsUrl), [router, resultsUrl]);
  const autosave = useAutosave(attemptId, savedAt, goToResults);
  const [checked, setChecked] = useState<Record<string, Feedback>>(initialChecked);
  const [checking, setChecking] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<{ id: string; message: string } | null>(null);

  async function check(q: PublicQuestion) {
    setChecking(q.id);
    setCheckError(null);
    try {
      const res = await fetch(`/api/attempts/${attemptId}/check`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: q.id, answer: toPayload(q, answers[q.id]) }),
      });
      const body = (await res.json().catch(() => null)) as { feedback?: Feedback; error?: { message?: string } } | null;
      if (res.ok && body?.feedback) {
        setChecked((c) => ({ ...c, [q.id]: body.feedback! }));
        if (!body.feedback.correct && body.feedback.evidence.length) onShowEvidence?.(body.feedback.evidence);
      } else {
        setCheckError({ id: q.id, message: body?.error?.message ?? "Couldn't check this answer. Try again." });
      }
    } catch {
      setCheckError({ id: q.id, message: "Couldn't reach the server. Check your connection and try again." });
    }
    setChecking(null);
  }

  const unanswered = useMemo(
    () => questions.flatMap((q, i) => (isAnswered(q, answers[q.id]) ? [] : [i + 1])),
    [questions, answers],
  );
  const answeredCount = questions.length - unanswered.length;

  function change(q: PublicQuestion, value: unknown) {
    if (checked[q.id]) return; // final once checked
    setAnswers((a) => ({ ...a, [q.id]: value }));
    autosave.queue(q.id, toPayload(q, value));
  }

  async function submit() {
    setConfirming(false);
    setSubmitting(true);
    setSubmitError(null);
    autosave.stop();
    const responses: Answers = {};
    for (const q of questions) {
      const payload = toPayload(q, answers[q.id]);
      if (payload !== null) responses[q.id] = payload;
    }
    try {
      // A 503 (`busy`: the instance is saturated; `database_unavailable`) or no answer at all is
      // retried with backoff, saying so — `busy` for as long as it takes (lib/retry.ts keepTrying);
      // submitting twice is safe (the second returns the result).
      for (let attempt = 1; ; attempt++) {
        let res: Response | undefined;
        try {
          res = await fetch(`/api/attempts/${attemptId}/submit`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ responses }),
          });
        } catch (err) {
          if (!keepTrying({ attempt, code: undefined })) throw err;
        }
        if (res?.ok) {
          router.push(resultsUrl);
          return; // stay in the "grading" state until the results page replaces this one
        }
        const body = res ? ((await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null) : null;
        if (res && (!isRetryable(res.status, body?.error?.code) || !keepTrying({ attempt, code: body?.error?.code }))) {
          throw new Error(
            res.status === 401
              ? "You have been signed out. Sign in again in another tab, then submit."
              : (body?.error?.message ?? "The server could not grade your answers."),
          );
        }
        const wait = retryDelayMs({ attempt, retryAfter: res?.headers.get("retry-after") });
        setSubmitRetry(outageMessage(body?.error?.code, "submit", Math.ceil(wait / 1000)));
        await new Promise((r) => setTimeout(r, wait));
        setSubmitRetry(null);
      }
    } catch (err) {
      setSubmitting(false);
      setSubmitRetry(null);
      setSubmitError(err instanceof TypeError ? "Couldn't reach the server. Check your connection and try again." : (err as Error).message);
      autosave.resume();
    }
  }

  // When time runs out the answers go in as they are; the server would close the attempt anyway.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  const timeUp = useCallback(() => void submitRef.current(), []);

  function requestSubmit() {
    if (submitting) return;
    if (unanswered.length) setConfirming(true);
    else void submit();
  }

  return (
    <section aria-labelledby="questions-heading" className="min-w-0">
      <h2 id="questions-heading" className="sr-only">
        Questions
      </h2>
      <div className="sticky top-0 z-10 sm:top-[3.75rem] -mx-1 mb-4 rounded-xl border border-slate-200 bg-white/95 px-4 py-3 shadow-sm backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        {deadline ? <Countdown deadline={deadline} onTimeUp={timeUp} /> : null}
        <ProgressMeter answered={answeredCount} total={questions.length} />
        <SaveStatusLine status={autosave.status} />
      </div>
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            number={i + 1}
            total={questions.length}
            value={answers[q.id]}
            answered={isAnswered(q, answers[q.id])}
            onChange={(v) => change(q, v)}
            locked={Boolean(checked[q.id])}
            footer={
              feedbackMode === "immediate" ? (
                <CheckFeedback
                  number={i + 1}
                  feedback={checked[q.id]}
                  keyIsEvidence={q.type === "evidence"}
                  canCheck={isAnswered(q, answers[q.id])}
                  checking={checking === q.id}
                  error={checkError?.id === q.id ? checkError.message : null}
                  onCheck={() => void check(q)}
                  onShowEvidence={() => onShowEvidence?.(checked[q.id]?.evidence ?? [])}
                />
              ) : null
            }
          />
        ))}
      </ol>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {unanswered.length === 0
            ? "All questions answered. Submit when you are ready — you can’t change answers afterwards."
            : `${answeredCount} of ${questions.length} answered. You can’t change answers after submitting.`}
        </p>
        <button
          ref={submitButton}
          type="button"
          onClick={requestSubmit}
          disabled={submitting}
          className={buttonClass("primary", "mt-3 w-full px-6 py-3 text-base sm:w-auto")}
        >
          {submitting ? "Grading…" : "Submit answers"}
        </button>
        <div aria-live="polite" className="mt-2 text-sm">
          {submitting ? <p>{submitRetry ?? "Grading your answers…"}</p> : null}
        </div>
        <div aria-live="assertive">
          {submitError ? (
            <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-300">
              {submitError}
            </p>
          ) : null}
        </div>
      </div>
      <SubmitDialog
        open={confirming}
        unanswered={unanswered}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
        returnFocusTo={submitButton}
      />
    </section>
  );
}
