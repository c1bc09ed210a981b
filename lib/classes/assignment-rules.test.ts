import { describe, expect, it } from "vitest";
import { assignmentStatus, canReview, canStartAttempt, canSubmitAttempt, deadlineFor, rulesFor, type AssignmentRules } from "./assignment-rules";

const now = new Date("2026-03-10T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);
const rules = (r: Partial<AssignmentRules> = {}): AssignmentRules => ({
  opensAt: null,
  dueAt: null,
  allowLate: false,
  attemptLimit: null,
  reviewPolicy: "after_submit",
  heldReview: "score",
  feedback: "deferred",
  timeLimitMinutes: null,
  ...r,
});

describe("starting an attempt", () => {
  it("waits for the open date", () => {
    expect(canStartAttempt(rules({ opensAt: hours(1) }), { submittedAttempts: 0 }, now)).toMatchObject({ ok: false, code: "not_open" });
    expect(canStartAttempt(rules({ opensAt: hours(-1) }), { submittedAttempts: 0 }, now)).toEqual({ ok: true, late: false });
  });

  it("closes at the due date unless late work is accepted, and marks it late", () => {
    expect(canStartAttempt(rules({ dueAt: hours(-1) }), { submittedAttempts: 0 }, now)).toMatchObject({ ok: false, code: "closed" });
    expect(canStartAttempt(rules({ dueAt: hours(-1), allowLate: true }), { submittedAttempts: 0 }, now)).toEqual({ ok: true, late: true });
  });

  it("counts attempts against the limit", () => {
    expect(canStartAttempt(rules({ attemptLimit: 2 }), { submittedAttempts: 1 }, now).ok).toBe(true);
    expect(canStartAttempt(rules({ attemptLimit: 2 }), { submittedAttempts: 2 }, now)).toMatchObject({
      ok: false,
      code: "no_attempts_left",
      message: "You have used all 2 attempts.",
    });
  });
});

describe("submitting", () => {
  it("refuses after the due date without late work, accepts and marks late with it", () => {
    expect(canSubmitAttempt(rules({ dueAt: hours(-0.1) }), now).ok).toBe(false);
    expect(canSubmitAttempt(rules({ dueAt: hours(-0.1), allowLate: true }), now)).toEqual({ ok: true, late: true });
    expect(canSubmitAttempt(rules({ dueAt: hours(1) }), now)).toEqual({ ok: true, late: false });
  });
});

describe("review", () => {
  it("follows the policy", () => {
    expect(canReview(rules({ reviewPolicy: "after_submit" }), now)).toBe(true);
    expect(canReview(rules({ reviewPolicy: "after_due", dueAt: hours(1) }), now)).toBe(false);
    expect(canReview(rules({ reviewPolicy: "after_due", dueAt: hours(-1) }), now)).toBe(true);
    expect(canReview(rules({ reviewPolicy: "never" }), now)).toBe(false);
  });
});

describe("dashboard status", () => {
  it.each([
    [rules({ opensAt: hours(5) }), 0, "upcoming"],
    [rules({ dueAt: hours(100) }), 0, "to_do"],
    [rules({ dueAt: hours(10) }), 0, "due_soon"],
    [rules({ dueAt: hours(-1), allowLate: true }), 0, "overdue"],
    [rules({ dueAt: hours(-1) }), 0, "closed"],
    [rules({ dueAt: hours(-1) }), 1, "done"],
  ] as const)("%#: %s", (r, submittedAttempts, expected) => {
    expect(assignmentStatus(r, { submittedAttempts }, now)).toBe(expected);
  });
});

describe("accommodations", () => {
  it("move a student's due date by their extension", () => {
    const r = rules({ dueAt: hours(1) });
    expect(rulesFor(r, { extensionHours: 0 })).toBe(r);
    expect(rulesFor(r, { extensionHours: 48 }).dueAt).toEqual(hours(49));
    expect(canSubmitAttempt(rules({ dueAt: hours(-1) }), now).ok).toBe(false);
    expect(canSubmitAttempt(rulesFor(rules({ dueAt: hours(-1) }), { extensionHours: 24 }), now).ok).toBe(true);
  });

  it("multiply the time limit by the student's extra time", () => {
    expect(deadlineFor(rules(), { extraTime: 2 }, now)).toBeNull();
    expect(deadlineFor(rules({ timeLimitMinutes: 30 }), { extraTime: 1 }, now)).toEqual(hours(0.5));
    expect(deadlineFor(rules({ timeLimitMinutes: 30 }), { extraTime: 1.5 }, now)).toEqual(hours(0.75));
    expect(deadlineFor(rules({ timeLimitMinutes: 30 }), { extraTime: 2 }, now)).toEqual(hours(1));
  });
});
