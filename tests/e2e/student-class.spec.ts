/**
 * The student's path through the real UI: join a class with its code (any case, no dash), start
 * the assignment from the dashboard, submit, see the score; then the teacher sees the student in
 * the gradebook and downloads the CSV. Each test makes its own class through the teacher's API.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, questionGroup, serval, servalQuizId, signIn, signUpThroughForm, test, uniqueEmail } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const DAY = 24 * 3600_000;

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The demo teacher, signed in on a context of their own, with a fresh class and the Serval quiz assigned. */
async function teacherWithClass(browser: Browser, baseURL: string | undefined, assignment: Record<string, unknown> = {}) {
  const context = await browser.newContext({ baseURL });
  await signIn(context.request, TEACHER);
  const name = `Reading club ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const created = await context.request.post("/api/classes", { data: { name } });
  expect(created.status()).toBe(201);
  const { class: cls } = (await created.json()) as { class: { id: string; joinCode: string } };
  const quizId = await servalQuizId(context.request);
  const assigned = await context.request.post(`/api/classes/${cls.id}/assignments`, {
    data: { quizId, dueAt: new Date(Date.now() + 7 * DAY).toISOString(), attemptLimit: 2, ...assignment },
  });
  expect(assigned.status()).toBe(201);
  return { context, name, classId: cls.id, code: cls.joinCode };
}

test("a student joins with the code, takes the assignment and sees the score; the teacher sees it in the gradebook and CSV", async ({
  page,
  browser,
  baseURL,
}) => {
  const teacher = await teacherWithClass(browser, baseURL);
  const student = { name: `Jo Reader ${Date.now().toString(36)}`, email: uniqueEmail("class"), password: "a long enough password" };
  await signUpThroughForm(page, student);

  await page.goto("/classes");
  // Lower case and no dash: the code is typed the way students type it.
  await page.getByLabel("Class code").fill(teacher.code.toLowerCase());
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText(`You joined “${teacher.name}”.`)).toBeVisible();

  const toDo = page.getByRole("region", { name: /^To do/ });
  const card = toDo.getByRole("listitem").filter({ hasText: serval.title });
  await expect(card).toContainText(teacher.name);
  await expect(card).toContainText("0 of 2 attempts used");
  await card.getByRole("button", { name: /^Start\b/ }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);

  await questionGroup(page, "code-name").getByLabel("Your answer").fill("Serval");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog", { name: /unanswered/ }).getByRole("button", { name: "Submit anyway" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}\/results$/);
  const score = page.getByText(/^\d+(\.\d+)? \/ \d+(\.\d+)? — (\d+)%$/);
  await expect(score).toBeVisible();
  const [, got, max, shown] = /^([\d.]+) \/ ([\d.]+) — (\d+)%$/.exec((await score.textContent()) ?? "")!;
  const percent = Number(shown);
  // The CSV keeps one decimal place.
  const csvPercent = String(Math.round((1000 * Number(got)) / Number(max)) / 10);

  await page.goto("/classes");
  const done = page.getByRole("region", { name: /^Done/ }).getByRole("listitem").filter({ hasText: serval.title });
  await expect(done).toContainText(`Your best score: ${percent}%`);
  await expect(done).toContainText("1 of 2 attempts used");
  await expect(done.getByRole("button", { name: /^Try again\b/ })).toBeVisible();

  const teacherPage = await teacher.context.newPage();
  await teacherPage.goto(`/teach/classes/${teacher.classId}/gradebook`);
  const row = teacherPage.getByRole("row", { name: new RegExp(student.name) });
  await expect(row.getByRole("link", { name: new RegExp(`${student.name}, .*: ${percent}%`) })).toBeVisible();

  const [download] = await Promise.all([
    teacherPage.waitForEvent("download"),
    teacherPage.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/gradebook\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  const t = serval.title;
  expect(lines[0]).toBe(`Student,Email,${t}: points,${t}: max points,${t}: percent,${t}: status,${t}: submitted at,Average percent`);
  // Numbers in number columns, the status in its own, an ISO time: importable without hand editing.
  const mine = lines.find((l) => l.startsWith(`${student.name},${student.email.toLowerCase()},`));
  expect(mine).toMatch(new RegExp(`^[^,]+,[^,]+,[\\d.]+,[\\d.]+,${csvPercent},submitted,\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,${csvPercent}$`));
  await teacher.context.close();
});

test("a wrong or malformed code is explained beside the field", async ({ page, student: _ }) => {
  await page.goto("/classes");
  const field = page.getByLabel("Class code");
  await field.fill("abc");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/A join code has 7 letters and digits; you typed 3/);

  // Seven characters, one of them a digit codes never use: say which, not "has 7".
  await field.fill("K7M-PQ1X");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(field).toHaveAccessibleDescription(/never use “1”/);
  await expect(field).toHaveAttribute("placeholder", "•••-••••");

  // Valid shape, but no class has it (the alphabet has no 0/O/1/I/L, so this one is unlikely to exist).
  await field.fill("ZZZ-ZZZZ");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(field).toHaveAccessibleDescription(/No open class has this code/);
});

test("a student who has used every attempt is told so and cannot start again", async ({ page, browser, baseURL, student: _ }) => {
  const teacher = await teacherWithClass(browser, baseURL, { attemptLimit: 1 });
  await page.goto("/classes");
  await page.getByLabel("Class code").fill(teacher.code);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText(`You joined “${teacher.name}”.`)).toBeVisible();

  // Start it here, then submit the attempt through the API as the same student.
  const card = page.getByRole("listitem").filter({ hasText: teacher.name });
  await card.getByRole("button", { name: /^Start/ }).click();
  await page.waitForURL(/\/attempts\/([0-9a-f-]{36})$/);
  const attemptId = /\/attempts\/([0-9a-f-]{36})$/.exec(page.url())![1];
  expect((await page.request.post(`/api/attempts/${attemptId}/submit`, { data: { responses: {} } })).ok()).toBeTruthy();

  await page.goto("/classes");
  const done = page.getByRole("region", { name: /^Done/ }).getByRole("listitem").filter({ hasText: teacher.name });
  await expect(done).toContainText("1 of 1 attempt used");
  await expect(done.getByRole("button")).toHaveCount(0);
  // The server refuses too, with the message the Start button would show.
  const { assignments } = (await (await page.request.get("/api/assignments")).json()) as {
    assignments: { id: string; className: string }[];
  };
  const mine = assignments.find((a) => a.className === teacher.name)!;
  const refused = await page.request.post(`/api/assignments/${mine.id}/attempts`);
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe("You have used all 1 attempt.");
  await teacher.context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the classes page has no WCAG A/AA violations (${colorScheme})`, async ({ page, browser, baseURL, student: _ }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/classes");
    await expectNoViolations(page, "/classes before joining");
    const teacher = await teacherWithClass(browser, baseURL);
    await page.getByLabel("Class code").fill(teacher.code);
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page.getByText(`You joined “${teacher.name}”.`)).toBeVisible();
    await expectNoViolations(page, "/classes with an assignment");
    await page.getByLabel("Class code").fill("nope");
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page.getByLabel("Class code")).toHaveAttribute("aria-invalid", "true");
    await expectNoViolations(page, "/classes with a field error");
    await teacher.context.close();
  });
}
