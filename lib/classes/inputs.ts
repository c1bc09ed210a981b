/** What the class and assignment endpoints accept; the same schemas type the teacher's forms. */
import { z } from "zod";
import { safeText } from "@/lib/zod-text";
import { joinCodeProblem, normalizeJoinCode } from "./join-code";

const className = safeText().trim().min(1, "Give the class a name.").max(100, "Keep the name under 100 characters.");

export const createClassSchema = z.strictObject({ name: className });
export const updateClassSchema = z
  .strictObject({ name: className.optional(), archived: z.boolean().optional() })
  .refine((v) => v.name !== undefined || v.archived !== undefined, "Send a name or archived.");

export const joinClassSchema = z.strictObject({
  code: safeText()
    .max(20)
    .transform((v, ctx) => {
      const code = normalizeJoinCode(v);
      if (!code) ctx.addIssue({ code: "custom", message: joinCodeProblem(v) ?? "That is not a join code." });
      return code ?? "";
    }),
});

const when = z.iso.datetime({ offset: true }).transform((v) => new Date(v)).nullable();

/** An assignment's rules: one definition for assigning to one class and to several at once. */
const assignmentRules = {
  opensAt: when.default(null),
  dueAt: when.default(null),
  attemptLimit: z.int().min(1).max(50).nullable().default(null),
  allowLate: z.boolean().default(false),
  reviewPolicy: z.enum(["after_submit", "after_due", "never"]).default("after_submit"),
  heldReview: z.enum(["score", "correctness"]).default("score"),
  feedback: z.enum(["deferred", "immediate"]).default("deferred"),
  timeLimitMinutes: z.int().min(1).max(600).nullable().default(null),
};
const dueAfterOpen: [(a: { opensAt: Date | null; dueAt: Date | null }) => boolean, { message: string; path: string[] }] = [
  (a) => !a.opensAt || !a.dueAt || a.dueAt > a.opensAt,
  { message: "The due date must come after the open date.", path: ["dueAt"] },
];

export const assignmentSchema = z.strictObject({ quizId: z.uuid(), ...assignmentRules }).refine(...dueAfterOpen);

/** "Assign" from a quiz's editor: the same rules, to one or more of the teacher's classes at once. */
export const assignToClassesSchema = z
  .strictObject({
    classIds: z
      .array(z.uuid())
      .min(1, "Choose at least one class.")
      .max(50, "Choose at most 50 classes at a time.")
      .refine((ids) => new Set(ids).size === ids.length, "A class is listed twice."),
    ...assignmentRules,
  })
  .refine(...dueAfterOpen);

export const updateAssignmentSchema = z
  .strictObject({
    opensAt: when.optional(),
    dueAt: when.optional(),
    attemptLimit: z.int().min(1).max(50).nullable().optional(),
    allowLate: z.boolean().optional(),
    reviewPolicy: z.enum(["after_submit", "after_due", "never"]).optional(),
    heldReview: z.enum(["score", "correctness"]).optional(),
    feedback: z.enum(["deferred", "immediate"]).optional(),
    timeLimitMinutes: z.int().min(1).max(600).nullable().optional(),
  })
  // An empty change has nothing to write (and the update would fail with "No values to set").
  .refine((a) => Object.values(a).some((v) => v !== undefined), "Send at least one field to change.")
  .refine((a) => !a.opensAt || !a.dueAt || a.dueAt > a.opensAt, {
    message: "The due date must come after the open date.",
    path: ["dueAt"],
  });

/** A teacher sets a student's accommodations in a class. */
export const accommodationsSchema = z
  .strictObject({
    extraTime: z.union([z.literal(1), z.literal(1.5), z.literal(2)]).optional(),
    extensionHours: z.int().min(0).max(2160).optional(),
    largeText: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send extraTime, extensionHours or largeText.");
