/** What a student has done with a quiz, summarised from their attempts for the list and quiz pages. */
export type QuizStatus =
  | { kind: "not_started" }
  | { kind: "in_progress"; attemptId: string; bestPercent: number | null; lastAttemptId: string | null }
  | { kind: "submitted"; bestPercent: number; lastAttemptId: string };

type AttemptLike = {
  id: string;
  quizId: string;
  status: "in_progress" | "submitted";
  score: number | null;
  maxScore: number | null;
};

export const percent = (score: number, max: number) => (max > 0 ? Math.round((score / max) * 100) : 0);

/** `attempts` newest first, as listAttemptsForUser returns them. */
export function quizStatuses(attempts: AttemptLike[]): Map<string, QuizStatus> {
  const byQuiz = new Map<string, QuizStatus>();
  for (const quizId of new Set(attempts.map((a) => a.quizId))) {
    const mine = attempts.filter((a) => a.quizId === quizId);
    const graded = mine.filter((a) => a.status === "submitted" && a.score !== null && a.maxScore);
    const best = graded.length ? Math.max(...graded.map((a) => percent(a.score!, a.maxScore!))) : null;
    const open = mine.find((a) => a.status === "in_progress");
    if (open) byQuiz.set(quizId, { kind: "in_progress", attemptId: open.id, bestPercent: best, lastAttemptId: graded[0]?.id ?? null });
    else if (best !== null) byQuiz.set(quizId, { kind: "submitted", bestPercent: best, lastAttemptId: graded[0]!.id });
  }
  return byQuiz;
}

export function statusLabel(status: QuizStatus | undefined): string {
  if (!status || status.kind === "not_started") return "Not started";
  if (status.kind === "in_progress")
    return status.bestPercent === null ? "In progress" : `In progress · best ${status.bestPercent}%`;
  return `Best score ${status.bestPercent}%`;
}
