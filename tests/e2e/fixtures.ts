/**
 * Playwright fixtures for the UI suites. Each worker signs up one account through the real form
 * (the sign-up spec covers that form on its own); tests then sign in through Auth.js's
 * credentials endpoint on the page's request context, which shares the browser's cookies.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test as base, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export { expect };

export type Account = { name: string; email: string; password: string };

type FileQuestion = {
  id: string;
  type: "single" | "multiple" | "truefalse" | "numeric" | "short" | "blank" | "ordering" | "matching";
  prompt: string;
  explanation: string;
  evidence: { start: number; end: number }[];
  answer: unknown;
  unit?: string;
};

/**
 * The Serval quiz as its file defines it (title, article text, questions in presentation order).
 * Tests pick questions by type, not by id, so a reviewed or regenerated quiz file keeps them valid.
 */
export const serval = JSON.parse(readFileSync(path.join(process.cwd(), "quizzes", "serval.quiz.json"), "utf8")) as {
  title: string;
  article: { text: string };
  questions: FileQuestion[];
};

export const servalQuestion = (ref: string) => {
  const q = serval.questions.find((x) => x.id === ref);
  if (!q) throw new Error(`no question ${ref} in serval.quiz.json`);
  return q;
};

/** The first (or nth) question of a type in the Serval quiz. */
export function servalQuestionOfType<T extends FileQuestion["type"]>(type: T, nth = 0): FileQuestion & { type: T } {
  const q = serval.questions.filter((x) => x.type === type)[nth];
  if (!q) throw new Error(`serval.quiz.json has no ${type} question #${nth + 1}`);
  return q as FileQuestion & { type: T };
}

/** The key of a short-answer or numeric question as a student would type it. */
export function typedAnswer(q: FileQuestion): string {
  if (q.type === "short") return (q.answer as string[])[0]!;
  if (q.type === "numeric") return q.unit ? `${q.answer as number} ${q.unit}` : String(q.answer);
  throw new Error(`no typed answer for a ${q.type} question`);
}

export const uniqueEmail = (tag: string) =>
  `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@readcheck.test`;

/**
 * Signs up through the form; the page ends signed in, on the quiz list (a student) or, given the
 * school's teacher code, on the teacher dashboard.
 */
export async function signUpThroughForm(page: Page, account: Account, { teacherCode }: { teacherCode?: string } = {}) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Confirm password").fill(account.password);
  if (teacherCode) {
    await page.getByRole("radio", { name: "Teacher" }).check();
    await page.getByLabel("Teacher code").fill(teacherCode);
  }
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(teacherCode ? "**/teach" : "**/quizzes");
}

/** Signs in without the form: GET the CSRF token, POST the credentials form-encoded. */
export async function signIn(request: APIRequestContext, account: Pick<Account, "email" | "password">) {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok()).toBeTruthy();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, callbackUrl: "/quizzes" },
    maxRedirects: 0,
  });
  // Auth.js answers a form post with a redirect; an error redirect names ?error=.
  expect(res.status(), "sign-in should redirect").toBe(302);
  expect(res.headers()["location"] ?? "").not.toContain("error=");
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email).toBe(account.email.toLowerCase());
}

/** The Serval quiz's id, from the public API. */
export async function servalQuizId(request: APIRequestContext): Promise<string> {
  const res = await request.get("/api/quizzes");
  const { quizzes } = (await res.json()) as { quizzes: { id: string; title: string }[] };
  const quiz = quizzes.find((q) => q.title === serval.title);
  if (!quiz) throw new Error(`the quiz "${serval.title}" is not published`);
  return quiz.id;
}

type Presented = { id: string; type: string; prompt: string };

/**
 * A new in-progress attempt at the Serval quiz. An attempt left open by an earlier test of this
 * worker's account is submitted first, so every test starts from blank answers.
 */
export async function startFreshAttempt(request: APIRequestContext) {
  const quizId = await servalQuizId(request);
  for (let i = 0; i < 2; i++) {
    const res = await request.post(`/api/quizzes/${quizId}/attempts`);
    expect(res.ok()).toBeTruthy();
    const body = (await res.json()) as { attemptId: string; resumed: boolean; questions: Presented[] };
    if (!body.resumed) return { quizId, ...body };
    await submitAttempt(request, body.attemptId, {});
  }
  throw new Error("could not start a fresh attempt");
}

export async function submitAttempt(request: APIRequestContext, attemptId: string, responses: Record<string, unknown>) {
  const res = await request.post(`/api/attempts/${attemptId}/submit`, { data: { responses } });
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as {
    score: number;
    maxScore: number;
    results: { questionId: string; explanation: string; evidence: { start: number; end: number; text: string }[] }[];
  };
}

/** The fieldset of a question on the taking page, found by its prompt (or by its file entry). */
export const questionGroup = (page: Page, question: string | { prompt: string }): Locator => {
  const prompt = typeof question === "string" ? servalQuestion(question).prompt : question.prompt;
  // A fill-in-the-blank group is named by its sentence, read with "(blank 1)" for each gap.
  const name = prompt.split(/_{3,}/)[0]!.trim();
  return page.getByRole("group", { name });
};

/** The first question of the taking page answered with radios. */
export const radioCard = (page: Page) => page.locator('li[id^="question-"]:has(input[type="radio"])').first();

/** A radio's rendered width: 18 px (1.125rem) at normal size, scaled with its question (CSS zoom). */
export const radioWidth = (page: Page) =>
  radioCard(page).locator('input[type="radio"]').first().evaluate((el) => el.getBoundingClientRect().width);

/** Presses Tab (or Shift+Tab) until `target` has focus: keyboard only, no clicks. */
export async function tabTo(page: Page, target: Locator, { max = 250, back = false } = {}) {
  await expect(target).toHaveCount(1);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

export const test = base.extend<{ student: Account }, { workerAccount: Account }>({
  workerAccount: [
    async ({ browser }, use, workerInfo) => {
      const account = { name: "Test Student", email: uniqueEmail("worker"), password: "correct horse battery" };
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await signUpThroughForm(await context.newPage(), account);
      await context.close();
      await use(account);
    },
    { scope: "worker" },
  ],
  /** This worker's account, signed in on the test's page. */
  student: async ({ page, workerAccount }, use) => {
    await signIn(page.request, workerAccount);
    await use(workerAccount);
  },
});
