/**
 * The demo class for the embedded default: the demo teacher's class with a roster, the Serval
 * quiz assigned, and graded attempts of varied quality, so the gradebook and item analysis have
 * something to show on first start. Idempotent: skipped when the class exists.
 */
import { and, eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Question } from "@/lib/quiz/schema";
import * as attemptService from "@/lib/attempts/service";
import type { Db } from "./types";
import { createClass } from "./classes";
import { createAssignment } from "./assignments";
import { getKeyedQuestions } from "./question-keys-cache";
import { attempts, classes, enrolments, quizzes } from "./schema";
import { ensureUser } from "./users";

export const DEMO_CLASS_NAME = "Year 10 English (demo)";
const DAY = 24 * 3600_000;

/** Classmates of the demo student, with how likely each is to get a question right. */
const CLASSMATES = [
  { name: "Amara Okafor", skill: 0.95 },
  { name: "Ben Carter", skill: 0.8 },
  { name: "Chloé Martin", skill: 0.7 },
  { name: "Dev Patel", skill: 0.55 },
  { name: "Elif Yılmaz", skill: 0.4 },
  { name: "Finn Murphy", skill: 0 }, // has not submitted: shows as missing
];

/** A deterministic stand-in for chance, so the demo is the same on every machine. */
function chance(seed: string): number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

function answerFor(q: Question, right: boolean): unknown {
  switch (q.type) {
    case "single":
      return right ? q.answer : q.options.find((o) => o.id !== q.answer)!.id;
    case "multiple":
      return right ? q.answer : [q.options.find((o) => !q.answer.includes(o.id))!.id, q.answer[0]];
    case "truefalse":
      return right ? q.answer : !q.answer;
    case "numeric":
      return String(right ? q.answer : q.answer * 2 + 7);
    case "short":
      return right ? q.answer[0] : "I am not sure";
    case "blank":
      return q.answer.map((accepted) => (right ? accepted[0] : "?"));
    case "ordering":
      return right ? q.answer : [...q.answer].reverse();
    case "matching": {
      const lefts = Object.keys(q.answer);
      const rights = lefts.map((l) => q.answer[l]!);
      return Object.fromEntries(lefts.map((l, i) => [l, right ? q.answer[l]! : rights[(i + 1) % rights.length]!]));
    }
  }
}

export async function seedDemoClass(db: Db, { teacherId, studentId, password }: { teacherId: string; studentId: string; password: string }) {
  const [existing] = await db
    .select({ id: classes.id })
    .from(classes)
    .where(and(eq(classes.teacherId, teacherId), eq(classes.name, DEMO_CLASS_NAME)));
  if (existing) return;
  const [serval] = await db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, "serval"));
  if (!serval) return;

  const cls = await createClass({ db, teacherId, name: DEMO_CLASS_NAME });
  const passwordHash = await hashPassword(password);
  const classmates = [];
  for (const [i, mate] of CLASSMATES.entries()) {
    const user = await ensureUser({
      db,
      email: `classmate${i + 1}@readcheck.test`,
      name: mate.name,
      role: "student",
      passwordHash,
    });
    classmates.push({ ...mate, id: user.id });
  }
  await db
    .insert(enrolments)
    .values([studentId, ...classmates.map((m) => m.id)].map((userId) => ({ classId: cls.id, userId })))
    .onConflictDoNothing();

  const now = Date.now();
  const assignment = await createAssignment({
    db,
    classId: cls.id,
    quizId: serval.id,
    opensAt: new Date(now - 10 * DAY),
    dueAt: new Date(now - 3 * DAY),
    attemptLimit: 2,
    allowLate: true,
    reviewPolicy: "after_submit",
  });

  for (const [i, mate] of classmates.entries()) {
    if (mate.skill === 0) continue;
    const actor = { id: mate.id, role: "student" as const };
    const started = await attemptService.start({ db, actor, request: { assignmentId: assignment.id } });
    const id = started.attemptId;
    const keyed = await getKeyedQuestions({ db, ids: started.questions.map((q) => String(q.id)) });
    const answers = Object.fromEntries(
      [...keyed].map(([questionId, { question }]) => [
        questionId,
        answerFor(question, chance(`${mate.name}:${question.id}`) < mate.skill),
      ]),
    );
    // Submitted "before" the due date, so the seed's late and on-time marks are as intended.
    await attemptService.submit({ db, actor, attemptId: id, answers, now: new Date(now - 4 * DAY) });
    // Spread the submissions over the week before the due date; the weakest reader was late.
    const submittedAt = new Date(now - (i === CLASSMATES.length - 2 ? 2 : 9 - i) * DAY);
    await db.update(attempts).set({ startedAt: new Date(submittedAt.getTime() - 20 * 60_000), submittedAt }).where(eq(attempts.id, id));
  }
}
