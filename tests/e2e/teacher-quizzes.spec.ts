/**
 * Issue 12, the teacher's own quizzes and reports: the dashboard (due, needs attention, drafts),
 * duplicate, share a copy, delete refused with a reason once students have answered (archive
 * instead), item analysis that waits for ten students and links each question to the editor,
 * skill reports, the printable answer key — each page in both themes through axe.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { E2E_TEACHER_CODE } from "../support/e2e-env";
import { expect, signIn, signUpThroughForm, test, uniqueEmail } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const DEMO_CLASS = "Year 10 English (demo)";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const ARTICLE = `Ferry service returns to the island after storm repairs

Oban, Scotland — Ferries to the island of Kerrera restarted on Tuesday after storm damage closed the slipway for eleven weeks, the operator said.

About 70 people live on the island. During the closure a small boat carried post and food twice a week. "We felt cut off," said Morag Campbell, who runs the island's tea garden.

Engineers rebuilt 40 metres of the slipway at a cost of £1.3 million. The operator says the new ramp can take vehicles up to 12 tonnes.`;

const unique = (tag: string) => `${tag} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function expectNoViolations(page: Page, what: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
    expect(summary, `axe violations on ${what} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function publishedQuiz(request: APIRequestContext, title: string) {
  const gen = await request.post("/api/generate", { data: { text: ARTICLE, title, count: 4 } });
  expect(gen.ok()).toBeTruthy();
  const { quiz } = (await gen.json()) as { quiz: object };
  const saved = await request.post("/api/quizzes", { data: { quiz: { ...quiz, title } } });
  const id = ((await saved.json()) as { quiz: { id: string } }).quiz.id;
  expect((await request.post(`/api/quizzes/${id}/publish`, { data: { published: true } })).ok()).toBeTruthy();
  return id;
}

/** A new student in their own browser context, signed up through the form. */
async function newStudent(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sam Student");
  await page.getByLabel("Email").fill(uniqueEmail("quiz-taker"));
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/quizzes");
  return { context, page };
}

/** Another teacher in their own browser context, signed up through the form; ends on /teach. */
async function newTeacher(browser: Browser) {
  const email = uniqueEmail("other-teacher");
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signUpThroughForm(page, { name: "Olga Other", email, password: "another long password" }, { teacherCode: E2E_TEACHER_CODE });
  return { context, page, email };
}

/** A new student joins the class and submits the assignment (blank answers). */
async function submitAsNewStudent(browser: Browser, classId: string, assignmentId: string, teacher: APIRequestContext) {
  const { class: withCode } = (await (await teacher.get(`/api/classes/${classId}`)).json()) as { class: { joinCode: string } };
  const { context, page } = await newStudent(browser);
  expect((await page.request.post("/api/classes/join", { data: { code: withCode.joinCode } })).ok()).toBeTruthy();
  const started = (await (await page.request.post(`/api/assignments/${assignmentId}/attempts`)).json()) as { attemptId: string };
  expect((await page.request.post(`/api/attempts/${started.attemptId}/submit`, { data: { responses: {} } })).ok()).toBeTruthy();
  await context.close();
}

/** Assigns the quiz to a new class of the demo teacher and has a new student submit it. */
async function assignAndSubmit(teacher: APIRequestContext, browser: Browser, quizId: string) {
  const cls = (await (await teacher.post("/api/classes", { data: { name: unique("Takers") } })).json()) as { class: { id: string } };
  const made = (await (await teacher.post(`/api/quizzes/${quizId}/assignments`, { data: { classIds: [cls.class.id] } })).json()) as {
    assignments: { id: string }[];
  };
  await submitAsNewStudent(browser, cls.class.id, made.assignments[0]!.id, teacher);
}

// Several accounts and browser contexts per test: allow for a loaded CI machine.
test.slow();

test.beforeEach(async ({ page }) => {
  await signIn(page.request, TEACHER);
});

test("the dashboard shows what is due, what needs attention and the drafts", async ({ page }) => {
  const title = unique("Due soon");
  const id = await publishedQuiz(page.request, title);
  const cls = (await (await page.request.post("/api/classes", { data: { name: unique("Empty class") } })).json()) as { class: { id: string } };
  const due = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
  expect((await page.request.post(`/api/quizzes/${id}/assignments`, { data: { classIds: [cls.class.id], dueAt: due } })).status()).toBe(201);
  const draftTitle = unique("Still a draft");
  await page.request.post("/api/quizzes", {
    data: { quiz: { ...((await (await page.request.post("/api/generate", { data: { text: ARTICLE, count: 3 } })).json()) as { quiz: object }).quiz, title: draftTitle } },
  });

  await page.goto("/teach");
  await expect(page.getByRole("region", { name: "Due this week" }).getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Needs attention" })).toContainText("no students have joined this class yet");
  await expect(page.getByRole("region", { name: "Drafts" }).getByRole("link", { name: draftTitle })).toBeVisible();
  await expectNoViolations(page, "the teacher dashboard");
});

test("a quiz is duplicated, shared with another teacher, and refused deletion once a student answered it", async ({ page, browser }) => {
  const title = unique("Own quiz");
  const id = await publishedQuiz(page.request, title);
  await page.goto("/teach");
  const row = page.getByRole("region", { name: "My quizzes" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });

  await row.getByRole("button", { name: `Duplicate ${title}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Made “Copy of ${title}”, a draft.` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Copy of ${title}`, exact: true }).first()).toBeVisible();

  // Another teacher, signed up through the API-backed form elsewhere, receives a copy.
  const { context: ctx, page: otherPage, email: otherEmail } = await newTeacher(browser);

  await row.getByRole("button", { name: `Share a copy of ${title}` }).click();
  const dialog = page.getByRole("dialog", { name: `Share a copy of “${title}”` });
  await dialog.getByLabel("Other teacher’s email").fill("nobody-here@readcheck.test");
  await dialog.getByRole("button", { name: "Send a copy" }).click();
  await expect(dialog.getByLabel("Other teacher’s email")).toHaveAccessibleDescription(/No teacher has a Readcheck account/);
  await expectNoViolations(page, "the share dialog with an error");
  await dialog.getByLabel("Other teacher’s email").fill(otherEmail);
  await dialog.getByRole("button", { name: "Send a copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent a copy" })).toBeVisible();
  await otherPage.reload();
  await expect(otherPage.getByRole("region", { name: "Drafts" }).getByRole("link", { name: title })).toBeVisible();
  await ctx.close();

  // A student answers it (through an assignment: a published quiz is for the classes it is assigned
  // to); deleting is then refused with the reason, and archiving works.
  await assignAndSubmit(page.request, browser, id);

  await row.getByRole("button", { name: `Delete ${title}` }).click();
  const confirm = page.getByRole("dialog", { name: `Delete “${title}”?` });
  await confirm.getByRole("button", { name: "Delete quiz" }).click();
  await expect(confirm.getByRole("alert")).toContainText("1 student has already taken this quiz");
  await expect(confirm.getByRole("alert")).toContainText("Archive it instead");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await row.getByRole("button", { name: `Archive ${title}` }).click();
  await expect(row.getByText("Archived", { exact: true })).toBeVisible();

  // An unused copy can be deleted.
  const copyRow = page
    .getByRole("region", { name: "My quizzes" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `Copy of ${title}`, exact: true }) });
  await copyRow.getByRole("button", { name: `Delete Copy of ${title}` }).click();
  await page.getByRole("dialog", { name: `Delete “Copy of ${title}”?` }).getByRole("button", { name: "Delete quiz" }).click();
  await expect(page.getByRole("link", { name: `Copy of ${title}`, exact: true })).toHaveCount(0);
});

test("the library switch in the editor shows a quiz in another teacher's library, and hides it again", async ({ page, browser }) => {
  const title = unique("Library quiz");
  const id = await publishedQuiz(page.request, title);
  const { context, page: other } = await newTeacher(browser);
  const library = other.getByRole("link", { name: title, exact: true });
  await other.goto("/quizzes");
  await expect(other.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
  await expect(library).toHaveCount(0);

  await page.goto(`/teach/quizzes/${id}/edit`);
  const share = page.getByRole("checkbox", { name: "Share in the public library" });
  // A click, not check(): the switch turns on once the server has agreed.
  await share.click();
  await expect(page.getByText("Shared to the library.")).toBeVisible();
  await expect(share).toBeChecked();
  await expectNoViolations(page, "the editor with the quiz shared to the library");
  await other.reload();
  await expect(library).toBeVisible();

  await share.click();
  await expect(page.getByText("Only your classes see it now.")).toBeVisible();
  await other.reload();
  await expect(other.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
  await expect(library).toHaveCount(0);
  // Reloaded, the editor shows the switch as it was left.
  await page.reload();
  await expect(share).not.toBeChecked();
  await context.close();
});

test("item analysis waits for ten students, says why, and links each question to the editor", async ({ page, browser }) => {
  const { classes } = (await (await page.request.get("/api/classes")).json()) as { classes: { id: string; name: string }[] };
  const demo = classes.find((c) => c.name === DEMO_CLASS)!;
  const detail = (await (await page.request.get(`/api/classes/${demo.id}`)).json()) as { assignments: { id: string }[] };
  await page.goto(`/teach/assignments/${detail.assignments[0]!.id}`);
  await expect(page.getByRole("status")).toContainText("No question is flagged yet: flags need at least 10 students");
  await expect(page.getByRole("article").filter({ hasText: "Check this question" })).toHaveCount(0);
  await expect(page.getByText(/^95% range /).first()).toBeVisible();
  await expectNoViolations(page, "item analysis below the minimum sample");

  // On the teacher's own quiz, each question links to itself in the editor.
  const title = unique("Analysed");
  const id = await publishedQuiz(page.request, title);
  const cls = (await (await page.request.post("/api/classes", { data: { name: unique("Analysis class") } })).json()) as { class: { id: string } };
  const made = (await (await page.request.post(`/api/quizzes/${id}/assignments`, { data: { classIds: [cls.class.id] } })).json()) as {
    assignments: { id: string }[];
  };
  await submitAsNewStudent(browser, cls.class.id, made.assignments[0]!.id, page.request);

  await page.goto(`/teach/assignments/${made.assignments[0]!.id}`);
  await expect(page.getByRole("status")).toContainText("1 has submitted");
  await page.getByRole("link", { name: "Edit this question (Q2)" }).click();
  await page.waitForURL(new RegExp(`/teach/quizzes/${id}/edit#q-`));
  await expect(page.getByRole("heading", { name: /^Question 2/ })).toBeFocused();
});

test("skill reports, the answer key and the new teacher pages pass axe in both themes", async ({ page }) => {
  const { classes } = (await (await page.request.get("/api/classes")).json()) as { classes: { id: string; name: string }[] };
  const demo = classes.find((c) => c.name === DEMO_CLASS)!;
  await page.goto(`/teach/classes/${demo.id}`);
  await page.getByRole("link", { name: "Skills", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skills" })).toBeVisible();
  const charts = page.getByRole("img");
  expect(await charts.count()).toBeGreaterThan(0);
  await expect(charts.first()).toHaveAccessibleName(/% overall over \d+ answers\. By assignment: /);
  await page.getByText("Show as a table").first().click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectNoViolations(page, "the class skill report");

  const detail = (await (await page.request.get(`/api/classes/${demo.id}`)).json()) as { roster: { id: string; name: string }[] };
  await page.goto(`/teach/classes/${demo.id}/students/${detail.roster[0]!.id}`);
  await expect(page.getByRole("heading", { name: "Skills", level: 2 })).toBeVisible();
  await expectNoViolations(page, "a student's skill report");

  const id = await publishedQuiz(page.request, unique("Key"));
  await page.goto(`/teach/quizzes/${id}/key`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Answer", { exact: true }).first()).toBeVisible();
  await expectNoViolations(page, "the answer key");
  // Printed, the key keeps its answers and drops the page's controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print the key" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByText("Answer", { exact: true }).first()).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await page.goto(`/teach/quizzes/${id}/preview`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Preview" })).toBeHidden();
  await expect(page.getByRole("group").first()).toBeVisible();
});
