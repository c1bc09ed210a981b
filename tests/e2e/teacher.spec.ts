/**
 * The teacher's path through the real UI: a class, a quiz drafted from an article, edited,
 * published and assigned; the demo class's item analysis; axe on every teacher page in both
 * themes; and user text that looks like HTML rendered as text.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, signUpThroughForm, test, uniqueEmail } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const DEMO_CLASS = "Year 10 English (demo)";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** A short news-style article written for these tests: names, places, numbers. */
const ARTICLE = `Harbour bridge reopens after two-year repair

Valletta, Malta — The Grand Harbour footbridge reopened on Saturday after a repair that took 26 months and cost €14.2 million, the transport ministry said.

The bridge, first opened in 1961, carries about 9,000 people a day between Valletta and Floriana. Engineers replaced 340 steel cables and all 58 concrete deck panels. "It is stronger now than on the day it was built," said Maria Vella, the project's chief engineer.

The work began in March 2023 after inspectors found rust on the northern supports. Ferries carried commuters across the harbour while the bridge was closed, adding about 20 minutes to each journey.

Not everyone was pleased. Joseph Camilleri, who runs a café in Floriana, said his takings fell by a third. The ministry has promised to pay €2,000 to each of the 45 shops on the approach road.

The bridge will be lit in red and white on Sunday evening to mark the reopening.`;

const unique = (tag: string) => `${tag} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** A draft quiz owned by the demo teacher, made through the API (the UI path has its own test). */
async function draftQuiz(request: APIRequestContext, title: string) {
  const gen = await request.post("/api/generate", { data: { text: ARTICLE, title, count: 5 } });
  expect(gen.ok()).toBeTruthy();
  const { quiz } = (await gen.json()) as { quiz: { title: string } };
  const saved = await request.post("/api/quizzes", { data: { quiz: { ...quiz, title } } });
  expect(saved.status()).toBe(201);
  return ((await saved.json()) as { quiz: { id: string } }).quiz.id;
}

async function demoClass(request: APIRequestContext) {
  const { classes } = (await (await request.get("/api/classes")).json()) as { classes: { id: string; name: string }[] };
  const cls = classes.find((c) => c.name === DEMO_CLASS);
  if (!cls) throw new Error("the demo class is not seeded");
  const detail = (await (await request.get(`/api/classes/${cls.id}`)).json()) as {
    assignments: { id: string }[];
    roster: { id: string; name: string }[];
  };
  return { id: cls.id, assignmentId: detail.assignments[0]!.id, studentId: detail.roster[0]!.id };
}

test.beforeEach(async ({ page }) => {
  await signIn(page.request, TEACHER);
});

test("a teacher creates a class, drafts a quiz from an article, edits, publishes and assigns it", async ({ page }) => {
  const className = unique("Year 8 Reading");
  const quizTitle = unique("Harbour bridge");

  await page.goto("/teach");
  await page.getByRole("button", { name: "New class" }).click();
  const dialog = page.getByRole("dialog", { name: "New class" });
  await dialog.getByLabel("Class name").fill(className);
  await dialog.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
  const classUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(page.getByTestId("join-code")).toHaveText(/^[A-Z2-9]{3}-[A-Z2-9]{4}$/);

  await page.goto("/teach");
  await page.getByRole("link", { name: "New quiz from an article" }).click();
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByLabel("Title (optional)").fill(quizTitle);
  await page.getByLabel("Number of questions").fill("5");
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByRole("heading", { name: "Questions (5)" })).toBeVisible({ timeout: 30_000 });

  // Selecting a question highlights its evidence in the article.
  await page.getByRole("heading", { name: /^Question 2/ }).click();
  const article = page.getByRole("region", { name: /^Article:/ });
  await expect(article.getByText(/^Evidence for Question 2 is highlighted/)).toBeVisible();
  await expect(article.getByRole("button", { pressed: true }).first()).toBeVisible();

  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/teach\/quizzes\/[0-9a-f-]{36}\/edit$/);
  const editUrl = page.url();

  const edited = "How many months did the repair of the footbridge take? (edited by the teacher)";
  await page.getByLabel("Prompt").first().fill(edited);
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Prompt").first()).toHaveValue(edited);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Preview as a student/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Assign", exact: true })).toBeVisible();
  expect(page.url()).toBe(editUrl);

  await page.goto(classUrl);
  const select = page.getByLabel("Quiz", { exact: true });
  const value = await select.locator("option", { hasText: quizTitle }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByLabel("Due", { exact: true }).fill("2031-06-30T17:00");
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByLabel("Accept late work").check();
  await page.getByLabel("After the due date").check();
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByText(`Assigned “${quizTitle}”.`)).toBeVisible();

  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: quizTitle }) });
  await expect(item).toContainText("2031");
  await expect(item).toContainText("After the due date");
  await expect(item).toContainText("Accepted");
  await expect(item).toContainText("0 of 0");

  await item.getByRole("button", { name: `Edit assignment: ${quizTitle}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit assignment: ${quizTitle}` });
  await expect(edit.getByLabel("Due", { exact: true })).toHaveValue("2031-06-30T17:00");
  await edit.getByLabel("Attempts allowed").fill("3");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(item.getByRole("definition").filter({ hasText: /^3$/ })).toBeVisible();
  await page.goto("/teach");
  await expect(page.getByRole("region", { name: "My quizzes" }).getByRole("listitem").filter({ hasText: quizTitle })).toContainText("Published");
});

test("the editor regenerates one question, warns before leaving unsaved work, and previews as a student", async ({ page }) => {
  const id = await draftQuiz(page.request, unique("Regenerate"));
  await page.goto(`/teach/quizzes/${id}/edit`);
  const before = await page.getByLabel("Prompt").first().inputValue();
  await page.getByRole("button", { name: "Regenerate Question 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question 1 replaced" })).toBeVisible();
  await expect(page.getByLabel("Prompt").first()).not.toHaveValue(before);

  const confirms: string[] = [];
  page.once("dialog", async (d) => {
    confirms.push(d.message());
    await d.dismiss();
  });
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Teach" }).click();
  expect(confirms).toEqual(["You have unsaved changes. Leave without saving?"]);
  await expect(page).toHaveURL(new RegExp(`/teach/quizzes/${id}/edit$`));

  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: /^Preview as a student/ }).click()]);
  await preview.waitForURL(new RegExp(`/teach/quizzes/${id}/preview$`));
  await expect(preview.getByRole("region", { name: "Preview" })).toContainText("Nothing you answer here is saved");
});

test("the editor shows each problem beside its field and refuses to save until fixed", async ({ page }) => {
  const id = await draftQuiz(page.request, unique("Validation"));
  await page.goto(`/teach/quizzes/${id}/edit`);
  await page.getByLabel("Prompt").first().fill("");
  await page.getByLabel("Explanation").first().fill("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { name: "2 problems to fix before saving" })).toBeVisible();
  await expect(page.getByLabel("Prompt").first()).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Prompt").first()).toHaveAccessibleDescription(/cannot be empty/);
  await page.getByLabel("Prompt").first().fill("A question again?");
  await page.getByLabel("Explanation").first().fill("Because the article says so.");
  await expect(page.getByText(/problems? to fix/)).toHaveCount(0);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible();
});

test("a class is renamed, archived and restored, its code regenerated, and a student removed, each after confirming", async ({
  page,
  browser,
  baseURL,
}) => {
  const created = await page.request.post("/api/classes", { data: { name: unique("Set 3") } });
  const { class: cls } = (await created.json()) as { class: { id: string; joinCode: string } };
  const other = await browser.newContext({ baseURL });
  const pupil = { name: unique("Pat Pupil"), email: uniqueEmail("roster"), password: "a long enough password" };
  await signUpThroughForm(await other.newPage(), pupil);
  expect((await other.request.post("/api/classes/join", { data: { code: cls.joinCode } })).ok()).toBeTruthy();
  await other.close();

  await page.goto(`/teach/classes/${cls.id}`);
  const renamed = unique("Set 3 (renamed)");
  await page.getByLabel("Class name").fill(renamed);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Name saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);

  const code = page.getByTestId("join-code");
  const oldCode = await code.textContent();
  await page.getByRole("button", { name: "Regenerate join code" }).click();
  const confirmCode = page.getByRole("dialog", { name: "Make a new join code?" });
  await expect(confirmCode.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirmCode.getByRole("button", { name: "Make a new code" }).click();
  await expect(code).not.toHaveText(oldCode!);

  await page.getByRole("button", { name: `Remove ${pupil.name}` }).click();
  await page.getByRole("dialog", { name: `Remove ${pupil.name} from the class?` }).getByRole("button", { name: "Remove student" }).click();
  await expect(page.getByText("No students yet.")).toBeVisible();

  await page.getByRole("button", { name: "Archive class" }).click();
  await page.getByRole("dialog", { name: "Archive this class?" }).getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archived", { exact: true })).toBeVisible();
  await expect(page.getByText("This class is archived. Restore it to assign work.")).toBeVisible();
  await page.getByRole("button", { name: "Restore class" }).click();
  await page.getByRole("dialog", { name: "Restore this class?" }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("button", { name: "Archive class" })).toBeVisible();
});

test("the demo class's item analysis shows a chart per question and marks the right options", async ({ page }) => {
  await page.goto("/teach");
  await page.getByRole("link", { name: DEMO_CLASS }).click();
  await page.getByRole("link", { name: /^Item analysis/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Item analysis" })).toBeVisible();
  const facility = page.getByRole("img", { name: /^Facility \d+%/ });
  expect(await facility.count()).toBeGreaterThan(5);
  await expect(page.getByRole("img", { name: /^Discrimination -?\d\.\d\d/ }).first()).toBeVisible();
  await expect(page.getByText("Right answer:").first()).toBeVisible();
  await expect(page.getByText("How to read this page")).toBeVisible();
});

test("the gradebook marks late and missing work in words and links each score to its attempt", async ({ page }) => {
  const { id } = await demoClass(page.request);
  await page.goto(`/teach/classes/${id}/gradebook`);
  const table = page.getByRole("table", { name: /Gradebook for/ });
  await expect(table).toBeVisible();
  await expect(table.getByText("Missing").first()).toBeVisible();
  await expect(table.getByText("late", { exact: true }).first()).toBeVisible();
  await table.getByRole("link", { name: /Open the attempt/ }).first().click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every teacher page has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const demo = await demoClass(page.request);
    const quizId = await draftQuiz(page.request, unique("Axe check"));
    const pages = [
      "/teach",
      `/teach/classes/${demo.id}`,
      `/teach/classes/${demo.id}/gradebook`,
      `/teach/classes/${demo.id}/students/${demo.studentId}`,
      `/teach/assignments/${demo.assignmentId}`,
      "/teach/quizzes/new",
      `/teach/quizzes/${quizId}/edit`,
    ];
    for (const path of pages) {
      await page.goto(path);
      await expectNoViolations(page, path);
    }
    // States that only exist after interaction: field errors, a dialog, the generated draft.
    await page.goto(`/teach/quizzes/${quizId}/edit`);
    await page.getByLabel("Prompt").first().fill("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("1 problem to fix before saving")).toBeVisible();
    await expectNoViolations(page, "editor with a field error");

    await page.goto(`/teach/classes/${demo.id}`);
    await page.getByRole("button", { name: "Regenerate join code" }).click();
    await expect(page.getByRole("dialog", { name: "Make a new join code?" })).toBeVisible();
    await expectNoViolations(page, "regenerate dialog");
    await page.keyboard.press("Escape");

    await page.goto("/teach/quizzes/new");
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByRole("button", { name: "Generate questions" }).click();
    await expect(page.getByRole("button", { name: "Save as draft" })).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(page, "generated draft");
  });
}

test("class names and quiz titles that look like HTML are shown as text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const className = `<img src=x onerror=alert(1)> ${unique("")}`.trim();
  const quizTitle = "<script>alert(1)</script>";

  await page.goto("/teach");
  await page.getByRole("button", { name: "New class" }).click();
  await page.getByRole("dialog", { name: "New class" }).getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(className);
  await expect(page.locator("img[src=x]")).toHaveCount(0);

  const quizId = await draftQuiz(page.request, quizTitle);
  await page.goto(`/teach/quizzes/${quizId}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit quiz: ${quizTitle}`);
  await expect(page.getByLabel("Quiz title")).toHaveValue(quizTitle);
  const publish = await page.request.post(`/api/quizzes/${quizId}/publish`, { data: { published: true } });
  expect(publish.ok()).toBeTruthy();

  await page.goto("/teach");
  await expect(page.getByText(className, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(quizTitle, { exact: true }).first()).toBeVisible();
  await page.getByRole("link", { name: className }).first().click();
  const select = page.getByLabel("Quiz", { exact: true });
  await expect(select.locator(`option[value="${quizId}"]`)).toHaveText(new RegExp(`^${quizTitle.replace(/[()/]/g, "\\$&")} \\(`));
  await select.selectOption(quizId);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("heading", { name: quizTitle })).toBeVisible();
  await page.getByRole("link", { name: "Gradebook" }).click();
  await expect(page.getByText(className).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});
