/**
 * An assignment's rules, enforced on the server: when it opens and is due, whether late work is
 * accepted, how many attempts a student gets, and when answers and explanations may be seen.
 */
export type ReviewPolicy = "after_submit" | "after_due" | "never";
/** What a student sees of a submitted attempt while its full review is held back. */
export type HeldReview = "score" | "correctness";
/** Check each answer as you go (immediate) or see everything after submitting (deferred). */
export type FeedbackMode = "deferred" | "immediate";
export type AssignmentRules = {
  opensAt: Date | null;
  dueAt: Date | null;
  allowLate: boolean;
  attemptLimit: number | null;
  reviewPolicy: ReviewPolicy;
  heldReview: HeldReview;
  feedback: FeedbackMode;
  /** Minutes from starting an attempt to its close; null: untimed. */
  timeLimitMinutes: number | null;
};

/** A student's accommodations in a class (kept on the enrolment). */
export type Accommodations = { extraTime: number; extensionHours: number; largeText: boolean };
export const NO_ACCOMMODATIONS: Accommodations = { extraTime: 1, extensionHours: 0, largeText: false };

/** The rules as they apply to one student: their due date moved by their extension. */
export function rulesFor(rules: AssignmentRules, a: Pick<Accommodations, "extensionHours">): AssignmentRules {
  if (!rules.dueAt || a.extensionHours <= 0) return rules;
  return { ...rules, dueAt: new Date(rules.dueAt.getTime() + a.extensionHours * 3600_000) };
}

/** When an attempt started at `startedAt` closes: the time limit × the student's extra time. */
export function deadlineFor(rules: Pick<AssignmentRules, "timeLimitMinutes">, a: Pick<Accommodations, "extraTime">, startedAt: Date): Date | null {
  if (!rules.timeLimitMinutes) return null;
  return new Date(startedAt.getTime() + rules.timeLimitMinutes * a.extraTime * 60_000);
}

export type Refusal = { ok: false; code: "not_open" | "closed" | "no_attempts_left"; message: string };

const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";

/** May the student start a new attempt now? (Resuming an unfinished one is always allowed.) */
export function canStartAttempt(
  rules: AssignmentRules,
  { submittedAttempts }: { submittedAttempts: number },
  now: Date,
): { ok: true; late: boolean } | Refusal {
  if (rules.opensAt && now < rules.opensAt) {
    return { ok: false, code: "not_open", message: `This assignment opens on ${when(rules.opensAt)}.` };
  }
  const late = Boolean(rules.dueAt && now > rules.dueAt);
  if (late && !rules.allowLate) {
    return { ok: false, code: "closed", message: "This assignment was due and does not accept late work." };
  }
  if (rules.attemptLimit !== null && submittedAttempts >= rules.attemptLimit) {
    const n = rules.attemptLimit;
    return { ok: false, code: "no_attempts_left", message: `You have used all ${n} attempt${n === 1 ? "" : "s"}.` };
  }
  return { ok: true, late };
}

/** May an attempt be submitted now? Past the due date only when late work is accepted. */
export function canSubmitAttempt(rules: AssignmentRules, now: Date): { ok: true; late: boolean } | Refusal {
  const late = Boolean(rules.dueAt && now > rules.dueAt);
  if (late && !rules.allowLate) {
    return {
      ok: false,
      code: "closed",
      message: "The due date has passed and late work is not accepted. Your answers are saved; ask your teacher.",
    };
  }
  return { ok: true, late };
}

/** Has the assignment's full review (key, explanations, evidence) opened? */
export function canReview(rules: Pick<AssignmentRules, "reviewPolicy" | "dueAt">, now: Date): boolean {
  switch (rules.reviewPolicy) {
    case "after_submit":
      return true;
    case "after_due":
      return !rules.dueAt || now >= rules.dueAt;
    case "never":
      return false;
  }
}

export type AssignmentStatus = "upcoming" | "to_do" | "due_soon" | "overdue" | "done" | "closed";

/** The student's view of an assignment on the dashboard. */
export function assignmentStatus(
  rules: AssignmentRules,
  { submittedAttempts }: { submittedAttempts: number },
  now: Date,
  dueSoonMs = 48 * 3600_000,
): AssignmentStatus {
  if (submittedAttempts > 0) return "done";
  if (rules.opensAt && now < rules.opensAt) return "upcoming";
  if (rules.dueAt && now > rules.dueAt) return rules.allowLate ? "overdue" : "closed";
  if (rules.dueAt && rules.dueAt.getTime() - now.getTime() <= dueSoonMs) return "due_soon";
  return "to_do";
}
