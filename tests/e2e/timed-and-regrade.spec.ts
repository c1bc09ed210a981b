/**
 * A teacher's grading tools through the real UI: a timed assignment closes on the server even
 * when the student's browser is gone (and extra time is given automatically); a corrected key is
 * regraded from the editor, and the gradebook, CSV and the attempt's history follow.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../support/e2e-env";
import { expect, questionGroup, serval, servalQuizId, signIn, signUpThroughForm, test, uniqueEmail } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe on ${what}`).toEqual([]);
}

async function teacherClass(browser: Browser, baseURL: string | undefined, quizId: string | null, assignment: Record<string, unknown>) {
  const context = await browser.newContext({ baseURL });
  await signIn(context.request, TEACHER);
  const created = await context.request.post("/api/classes", { data: { name: `Timed ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}` } });
  const { class: cls } = (await created.json()) as { class: { id: string; joinCode: string } };
  const assigned = await context.request.post(`/api/classes/${cls.id}/assignments`, {
    data: { quizId: quizId ?? (await servalQuizId(context.request)), ...assignment },
  });
  expect(assigned.status()).toBe(201);
  const { assignment: a } = (await assigned.json()) as { assignment: { id: string } };
  return { context, request: context.request, classId: cls.id, code: cls.joinCode, assignmentId: a.id };
}

async function joinAs(browser: Browser, baseURL: string | undefined, code: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const account = { name: `Tim Taker ${Date.now().toString(36)}`, email: uniqueEmail("timed"), password: "a long enough password" };
  await signUpThroughForm(page, account);
  const joined = await page.request.post("/api/classes/join", { data: { code } });
  expect(joined.status()).toBe(200);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
  return { context, page, userId: session.user.id };
}

async function sql(query: string, params: unknown[]) {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    return (await db.query(query, params)).rows;
  } finally {
    await db.end();
  }
}

test("a timed attempt shows its clock, warns, and is graded by the server with what was saved once time is up", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  // Four minutes: inside the five-minute warning from the start, and long enough for a loaded machine.
  const teacher = await teacherClass(browser, baseURL, null, { timeLimitMinutes: 4 });
  const student = await joinAs(browser, baseURL, teacher.code);
  const { page } = student;
  const started = await page.request.post(`/api/assignments/${teacher.assignmentId}/attempts`);
  const { attemptId } = (await started.json()) as { attemptId: string };
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByText("Time left:")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^[34] minutes left\.$/ })).toBeVisible();
  await expectNoViolations(page, "a timed attempt with its clock showing");
  await questionGroup(page, "code-name").getByLabel("Your answer").fill("Serval");
  await expect(page.getByText(/Saved/)).toBeVisible();

  // The browser is closed before time is up; then the deadline passes (moved along in the data).
  await student.context.close();
  await sql("update attempts set deadline = now() - interval '2 minutes' where id = $1", [attemptId]);

  // Nobody submitted: the teacher's gradebook finds it graded, with the one saved answer.
  const book = (await (await teacher.request.get(`/api/classes/${teacher.classId}/gradebook`)).json()) as {
    students: { cells: { state: string; score?: number }[] }[];
  };
  expect(book.students[0]!.cells[0]).toMatchObject({ state: "done", score: 1 });
  await teacher.context.close();
});

test("a student with extra time gets it automatically", async ({ browser, baseURL }) => {
  const teacher = await teacherClass(browser, baseURL, null, { timeLimitMinutes: 20 });
  const student = await joinAs(browser, baseURL, teacher.code);
  const set = await teacher.request.patch(`/api/classes/${teacher.classId}/students/${student.userId}`, { data: { extraTime: 2, largeText: true } });
  expect(set.status()).toBe(200);
  const started = await student.page.request.post(`/api/assignments/${teacher.assignmentId}/attempts`);
  const { attemptId } = (await started.json()) as { attemptId: string };
  const view = (await (await student.page.request.get(`/api/attempts/${attemptId}`)).json()) as { attempt: { startedAt: string }; deadline: string };
  expect(new Date(view.deadline).getTime() - new Date(view.attempt.startedAt).getTime()).toBe(40 * 60_000);
  await student.page.goto(`/attempts/${attemptId}`);
  await expect(student.page.locator("[data-large-text]")).toHaveCount(1);
  await expect(student.page.getByTestId("time-left")).toHaveText(/^(40|39):\d\d$/);
  await student.context.close();
  await teacher.context.close();
});

test("a corrected key is regraded from the editor; the gradebook, CSV and history follow", async ({ browser, baseURL, page }) => {
  test.setTimeout(180_000);
  // The teacher's own quiz with a wrong key on its true/false question.
  const setup = await browser.newContext({ baseURL });
  await signIn(setup.request, TEACHER);
  const file = structuredClone(serval) as unknown as { slug: string; questions: { type: string; answer: unknown; prompt: string }[] };
  const tf = file.questions.find((q) => q.type === "truefalse")! as { type: string; answer: unknown; prompt: string; points?: number };
  const truth = tf.answer as boolean;
  tf.answer = !truth;
  const created = await setup.request.post("/api/quizzes", { data: { quiz: { ...file, slug: "x" } } });
  expect(created.status()).toBe(201);
  const { quiz } = (await created.json()) as { quiz: { id: string } };
  expect((await setup.request.post(`/api/quizzes/${quiz.id}/publish`, { data: { published: true } })).status()).toBe(200);
  const teacher = await teacherClass(browser, baseURL, quiz.id, {});

  // A student answers it truthfully and is marked wrong.
  const student = await joinAs(browser, baseURL, teacher.code);
  const started = (await (await student.page.request.post(`/api/assignments/${teacher.assignmentId}/attempts`)).json()) as {
    attemptId: string;
    questions: { id: string; type: string; prompt: string }[];
  };
  const presented = started.questions.find((q) => q.type === "truefalse" && q.prompt === tf.prompt)!;
  const submitted = (await (
    await student.page.request.post(`/api/attempts/${started.attemptId}/submit`, { data: { responses: { [presented.id]: truth } } })
  ).json()) as { score: number };

  // The teacher fixes the key (saved: copy-on-write) and regrades from the editor.
  const editable = (await (await setup.request.get(`/api/quizzes/${quiz.id}`)).json()) as { file: typeof file };
  editable.file.questions.find((q) => q.type === "truefalse" && q.prompt === tf.prompt)!.answer = truth;
  expect((await setup.request.put(`/api/quizzes/${quiz.id}`, { data: { quiz: editable.file } })).status()).toBe(200);
  await signIn(page.request, TEACHER);
  await page.goto(`/teach/quizzes/${quiz.id}/edit`);
  const panel = page.getByRole("region", { name: "Regrade recorded attempts" });
  await panel.getByRole("button", { name: "Check what would change" }).click();
  await expect(panel).toContainText("1 answer changes its grade");
  await expectNoViolations(page, "the regrade preview");
  await panel.getByRole("button", { name: "Regrade 1 attempt" }).click();
  await expect(panel).toContainText("Regraded: 1 attempt's score changed.");

  const csv = await (await teacher.request.get(`/api/classes/${teacher.classId}/gradebook/csv`)).text();
  expect(csv).toContain(`,${submitted.score + (tf.points ?? 1)},`);
  await page.goto(`/attempts/${started.attemptId}/results`);
  await expect(page.getByRole("region", { name: "Grade history" })).toContainText(`regraded with a corrected key, 0 → ${tf.points ?? 1}`);
  await Promise.all([student.context.close(), teacher.context.close(), setup.close()]);
});

