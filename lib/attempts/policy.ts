/**
 * The rules of an attempt, as functions of plain data: who may start one and under which
 * assignment, who may save, check and submit it, and how much of a submitted attempt a viewer
 * sees. No I/O: lib/attempts/service.ts loads the rows and applies these, on every path (the
 * quiz page, both start routes, autosave, submit, the results page and the review queue).
 */
import { canReview, canStartAttempt, canSubmitAttempt, type AssignmentRules, type Refusal } from "@/lib/classes/assignment-rules";

/**
 * How much of a submitted attempt a viewer sees:
 * - `full`: each answer's key, explanation and evidence;
 * - `correctness`: which answers were right, and the points of each;
 * - `score`: the total only, beside the viewer's own answers.
 */
export type ReviewLevel = "score" | "correctness" | "full";

export type AttemptKind = "practice" | "assignment";

/** An attempt as the rules see it. `rules` is null for practice, or when the assignment was deleted. */
export type AttemptFacts = {
  userId: string;
  kind: AttemptKind;
  status: "in_progress" | "submitted";
  rules: AssignmentRules | null;
  /** Whether the attempt's student is still in the assignment's class (true for practice). */
  enrolled: boolean;
  /** When a timed attempt closes (null: untimed). */
  deadline: Date | null;
};

/**
 * Answers sent within this long after a deadline still count: the last autosave or the
 * automatic submit may be in flight when time runs out. After it, only what was saved counts.
 */
export const DEADLINE_GRACE_MS = 30_000;

/** Has a timed attempt run out of time (grace included)? */
export const isExpired = (a: Pick<AttemptFacts, "status" | "deadline">, now: Date) =>
  a.status === "in_progress" && a.deadline !== null && now.getTime() > a.deadline.getTime() + DEADLINE_GRACE_MS;

/** The review a student's submitted attempt opens to now; its class's teacher always sees all. */
export function reviewLevel(attempt: Pick<AttemptFacts, "kind" | "rules">, viewer: { teacherOfClass: boolean }, now: Date): ReviewLevel {
  if (viewer.teacherOfClass) return "full";
  if (attempt.kind === "practice") return "full";
  // An assignment attempt whose assignment is gone keeps its review shut: deleting an assignment
  // must not hand its students the key.
  if (!attempt.rules) return "score";
  return canReview(attempt.rules, now) ? "full" : attempt.rules.heldReview;
}

/** An assignment of a quiz to the student who asks, with their progress on it. */
export type StudentAssignment = {
  id: string;
  className: string;
  /** As they apply to this student (lib/classes/assignment-rules.ts `rulesFor`). */
  rules: AssignmentRules;
  submittedAttempts: number;
  openAttemptId: string | null;
};

export type StartRequest =
  | { assignmentId: string }
  /** `retryOf`: practise only the questions missed in that (own, submitted) attempt. */
  | { quizId: string; practice?: boolean; retryOf?: string };

export type StartDecision =
  | { action: "resume"; attemptId: string }
  | { action: "create"; kind: "assignment"; assignment: StudentAssignment }
  | { action: "create"; kind: "practice" };

export type StartRefusal = {
  ok: false;
  code: "not_found" | "not_open" | "closed" | "no_attempts_left" | "practice_held";
  message: string;
};

const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";

/** Assignments due soonest first; no due date last. */
const byDue = (a: StudentAssignment, b: StudentAssignment) =>
  (a.rules.dueAt?.getTime() ?? Infinity) - (b.rules.dueAt?.getTime() ?? Infinity);

/**
 * Has this assignment already shown, or may it now show, this student the key? Only then may the
 * quiz be practised (practice shows the key at once). That takes a full review now, and nothing
 * left to gain: the student has submitted, or can no longer start an attempt.
 */
export function permitsPractice(a: StudentAssignment, now: Date): { ok: true } | StartRefusal {
  const refuse = (message: string): StartRefusal => ({ ok: false, code: "practice_held", message });
  const { rules } = a;
  if (rules.reviewPolicy === "never") {
    return refuse(`Your teacher keeps the answers to this quiz hidden in ${a.className}, so it can't be practised.`);
  }
  if (!canReview(rules, now)) {
    return refuse(`This quiz is assigned in ${a.className}; practice opens after it is due (${when(rules.dueAt!)}).`);
  }
  if (a.openAttemptId) return refuse(`Finish your attempt at this quiz for ${a.className} first.`);
  const start = canStartAttempt(rules, { submittedAttempts: a.submittedAttempts }, now);
  if (a.submittedAttempts === 0 && (start.ok || start.code === "not_open")) {
    return refuse(`This quiz is assigned to you in ${a.className}: do the assignment first, then you can practise it.`);
  }
  return { ok: true };
}

/**
 * Which attempt a start request opens. Starting a quiz the student is assigned goes to the
 * assignment (resuming its open attempt, or a new one within its limits), never around it; a
 * practice attempt only when every assignment of the quiz to them permits it.
 */
export function decideStart({
  request,
  assignments,
  openPracticeId,
  now,
}: {
  request: StartRequest;
  /** The assignments of this quiz in the student's active classes. */
  assignments: StudentAssignment[];
  openPracticeId: string | null;
  now: Date;
}): StartDecision | StartRefusal {
  if ("assignmentId" in request) {
    const a = assignments.find((x) => x.id === request.assignmentId);
    if (!a) return { ok: false, code: "not_found", message: "No such assignment." };
    return startAssignment(a, now);
  }
  const sorted = [...assignments].sort(byDue);
  if (!request.practice) {
    const open = sorted.find((a) => a.openAttemptId);
    if (open) return { action: "resume", attemptId: open.openAttemptId! };
    const startable = sorted.find((a) => canStartAttempt(a.rules, { submittedAttempts: a.submittedAttempts }, now).ok);
    if (startable) return { action: "create", kind: "assignment", assignment: startable };
  }
  for (const a of sorted) {
    const verdict = permitsPractice(a, now);
    if (!verdict.ok) return verdict;
  }
  return openPracticeId ? { action: "resume", attemptId: openPracticeId } : { action: "create", kind: "practice" };
}

function startAssignment(a: StudentAssignment, now: Date): StartDecision | StartRefusal {
  // An unfinished attempt may always be resumed; a new one must be allowed.
  if (a.openAttemptId) return { action: "resume", attemptId: a.openAttemptId };
  const verdict = canStartAttempt(a.rules, { submittedAttempts: a.submittedAttempts }, now);
  if (!verdict.ok) return verdict;
  return { action: "create", kind: "assignment", assignment: a };
}

export type WriteRefusal = { ok: false; code: "not_found" | "conflict" | "forbidden"; message: string };

/** May the attempt's student still change its answers (autosave, check)? */
export function canWrite(attempt: AttemptFacts, actorId: string, now: Date): { ok: true } | WriteRefusal {
  if (attempt.userId !== actorId) return { ok: false, code: "not_found", message: "No such attempt." };
  if (attempt.status !== "in_progress") return { ok: false, code: "conflict", message: "This attempt has been submitted." };
  if (isExpired(attempt, now)) return { ok: false, code: "conflict", message: "Time is up: your saved answers have been submitted." };
  if (attempt.kind === "assignment") {
    if (!attempt.rules) return { ok: false, code: "forbidden", message: "Your teacher has deleted this assignment." };
    if (!attempt.enrolled) return { ok: false, code: "forbidden", message: "You are no longer in this class, so this attempt is closed." };
  }
  return { ok: true };
}

/** May it be submitted now? Also the assignment's due date (late work only when accepted). */
export function canSubmit(attempt: AttemptFacts, actorId: string, now: Date): { ok: true; late: boolean } | WriteRefusal | Refusal {
  const write = canWrite(attempt, actorId, now);
  if (!write.ok) return write;
  if (attempt.rules) return canSubmitAttempt(attempt.rules, now);
  return { ok: true, late: false };
}

/** A question's grading as recorded, with what review adds. */
export type GradedItem = {
  questionId: string;
  correct: boolean;
  points: number;
  maxPoints: number;
  given: string;
  answer: unknown;
  expected: string;
  explanation: string;
  evidence: { start: number; end: number; text: string }[];
  /** The teacher's note when they changed this grade by hand. */
  note?: string;
};

export type FullResult = { score: number; maxScore: number; results: GradedItem[] };

export type ScoreItem = Pick<GradedItem, "questionId" | "given" | "answer">;
export type CorrectnessItem = Pick<GradedItem, "questionId" | "correct" | "points" | "maxPoints" | "given" | "answer" | "note">;

export type ResultForViewer =
  | { level: "full"; score: number; maxScore: number; results: GradedItem[] }
  | { level: "correctness"; score: number; maxScore: number; results: CorrectnessItem[] }
  | { level: "score"; score: number; maxScore: number; results: ScoreItem[] };

/** A result cut to what the level allows: what is held back is not sent, not merely hidden. */
export function forViewer(result: FullResult, level: ReviewLevel): ResultForViewer {
  const { score, maxScore } = result;
  switch (level) {
    case "full":
      return { level, score, maxScore, results: result.results };
    case "correctness":
      return {
        level,
        score,
        maxScore,
        results: result.results.map(({ questionId, correct, points, maxPoints, given, answer, note }) => ({
          questionId,
          correct,
          points,
          maxPoints,
          given,
          answer,
          ...(note ? { note } : {}),
        })),
      };
    case "score":
      return { level, score, maxScore, results: result.results.map(({ questionId, given, answer }) => ({ questionId, given, answer })) };
  }
}
