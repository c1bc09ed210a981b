/**
 * Regrade and override in-process: a corrected key regrades recorded attempts (previewed, then
 * applied with the history kept) and a teacher's hand-set points re-total the attempt.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applyRegrade, overrideGrade, previewRegrade } from "@/lib/attempts/grade-changes";
import * as attempts from "@/lib/attempts/service";
import { gradebookCsv } from "@/lib/classes/gradebook";
import { getGradebook } from "@/lib/db/gradebook";
import { listGradeChanges } from "@/lib/db/grade-changes";
import { getQuizFile, saveQuizFile } from "@/lib/db/quizzes";
import { quizzes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { QuizFile } from "@/lib/quiz/schema";
import { makeAssignment, openTestDb } from "./pglite";

let db: Db;
let close: () => Promise<void>;
let serval: QuizFile;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  const [row] = await db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.slug, "serval"));
  serval = (await getQuizFile({ db, id: row!.id }))!;
}, 120_000);
afterAll(() => close());

it("a corrected key regrades recorded attempts in one step, with history, and the gradebook follows", async () => {
  // The teacher's own copy of the quiz, whose first true/false question has a wrong key.
  const tf = serval.questions.findIndex((q) => q.type === "truefalse");
  const wrongKey = structuredClone(serval);
  const tfq = wrongKey.questions[tf]! as Extract<QuizFile["questions"][number], { type: "truefalse" }>;
  tfq.answer = !tfq.answer;
  const { assignment, student, teacher, cls } = await makeAssignment(db, await ownCopy(wrongKey));
  const quizId = assignment.quizId;
  await db.update(quizzes).set({ ownerId: teacher.id }).where(eq(quizzes.id, quizId));

  // The student answers it rightly (against the true key) and is marked wrong.
  const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
  const presented = started.questions.find((q) => q.type === "truefalse" && q.prompt === tfq.prompt)!;
  const submitted = await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: { [String(presented.id)]: !tfq.answer } });
  const before = submitted.result.score;

  // The teacher fixes the key: copy-on-write, so the recorded attempt is unchanged…
  const fixed = structuredClone(wrongKey);
  (fixed.questions[tf] as typeof tfq).answer = !tfq.answer;
  await db.transaction((tx) => saveQuizFile({ tx, file: { ...fixed, slug: wrongKey.slug }, status: "published", ownerId: teacher.id }));
  expect((await getGradebook({ db, classId: cls.id })).students[0]!.cells[0]).toMatchObject({ score: before });

  // …until they regrade: the preview says what would change, the apply does it.
  const preview = await previewRegrade({ db, actor: teacher, quizId });
  expect(preview.changed).toBe(1);
  expect(preview.attempts).toEqual([expect.objectContaining({ attemptId: started.attemptId, before, after: before + tfq.points })]);
  await applyRegrade({ db, actor: teacher, quizId });
  const book = await getGradebook({ db, classId: cls.id });
  expect(book.students[0]!.cells[0]).toMatchObject({ score: before + tfq.points });
  expect(gradebookCsv(book)).toContain(`,${before + tfq.points},`);
  expect(await listGradeChanges({ db, attemptId: started.attemptId })).toEqual([
    expect.objectContaining({ kind: "regrade", beforePoints: 0, afterPoints: tfq.points }),
  ]);
  // The student's review now shows the corrected key; a second regrade finds nothing.
  const viewed = await attempts.view({ db, actor: student, attemptId: started.attemptId });
  expect(viewed.result!.results.find((r) => r.questionId === String(presented.id))).toMatchObject({ correct: true });
  expect((await previewRegrade({ db, actor: teacher, quizId })).responses).toBe(0);
});

it("a teacher overrides one answer's points with a note; the student sees both", async () => {
  const quizId = await ownCopy(structuredClone(serval));
  const { assignment, student, teacher, cls } = await makeAssignment(db, quizId);
  const started = await attempts.start({ db, actor: student, request: { assignmentId: assignment.id } });
  await attempts.submit({ db, actor: student, attemptId: started.attemptId, answers: {} });
  const questionId = String(started.questions[0]!.id);

  await expect(overrideGrade({ db, actor: student, attemptId: started.attemptId, questionId, points: 1, note: null })).rejects.toBeInstanceOf(AppError);
  await expect(overrideGrade({ db, actor: teacher, attemptId: started.attemptId, questionId, points: 99, note: null })).rejects.toMatchObject({ code: "validation_failed" });
  await overrideGrade({ db, actor: teacher, attemptId: started.attemptId, questionId, points: 0.5, note: "Half marks: right idea, wrong name." });

  const viewed = await attempts.view({ db, actor: student, attemptId: started.attemptId });
  expect(viewed.result!.score).toBe(0.5);
  expect(viewed.result!.results[0]).toMatchObject({ points: 0.5, note: "Half marks: right idea, wrong name." });
  expect((await getGradebook({ db, classId: cls.id })).students[0]!.cells[0]).toMatchObject({ score: 0.5 });
  expect(await listGradeChanges({ db, attemptId: started.attemptId })).toEqual([expect.objectContaining({ kind: "override", afterPoints: 0.5 })]);
});

async function ownCopy(file: QuizFile) {
  const slug = `copy-${crypto.randomUUID().slice(0, 8)}`;
  const { id } = await db.transaction((tx) => saveQuizFile({ tx, file: { ...file, slug }, status: "published", library: true }));
  file.slug = slug;
  return id;
}
