/**
 * Issue 12's teacher workflow through the real UI: the student preview that records nothing, the
 * Tab count to the first prompt, Assign to several classes, one class from a double-submitted
 * "New class", and axe on each new page and state. The timed path is teacher-path-timed.spec.ts.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const ARTICLE = `Library opens its doors at night for exam season

Leeds, England — The city's central library will stay open until midnight for the next six weeks, the council said on Monday, after 4,200 students signed a petition asking for more quiet places to study.

The library usually closes at 8 pm. From next week it will open its three reading rooms and 120 desks until 12 am from Sunday to Thursday. "Students told us they had nowhere calm to work in the evenings," said Priya Shah, the council's head of libraries.

The late openings will cost about £38,000, paid from a fund for young people. Two extra security staff will work each night, and the café on the ground floor will sell hot drinks until 10 pm.

Not everyone is convinced. Tom Reed, who lives opposite the library, said he worried about noise when students leave at midnight. The council said it would review the scheme in July.`;

const unique = (tag: string) => `${tag} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

async function draftQuiz(request: APIRequestContext, title: string) {
  const gen = await request.post("/api/generate", { data: { text: ARTICLE, title, count: 5 } });
  expect(gen.ok()).toBeTruthy();
  const { quiz } = (await gen.json()) as { quiz: { title: string } };
  const saved = await request.post("/api/quizzes", { data: { quiz: { ...quiz, title } } });
  expect(saved.status()).toBe(201);
  return ((await saved.json()) as { quiz: { id: string } }).quiz.id;
}

/** Waits until the editor is interactive: the toolbar's roving tab stop is set by client code. */
async function editorReady(page: Page) {
  await expect(page.getByRole("toolbar", { name: "Quiz actions" }).locator('[tabindex="0"]')).toHaveCount(1);
}

test.describe("as the demo teacher", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page.request, TEACHER);
  });

  // Issue 12's target: at most 10 Tab presses, using the "Skip to questions" link as a keyboard user would.
  test("from page load, at most 10 Tab presses reach the first prompt of the editor", async ({ page }) => {
    const id = await draftQuiz(page.request, unique("Tab count"));
    await page.goto(`/teach/quizzes/${id}/edit`);
    await editorReady(page);
    const skip = page.getByRole("link", { name: "Skip to questions" });
    const prompt = page.getByLabel("Prompt").first();
    const isFocused = (target: typeof prompt) => target.evaluate((el) => el === document.activeElement);
    // By its text, so a page without the link runs out of presses instead of waiting for it.
    const onSkipLink = () => page.evaluate(() => document.activeElement?.textContent?.trim() === "Skip to questions");
    let presses = 0;
    while (!(await onSkipLink()) && !(await isFocused(prompt)) && presses < 60) {
      await page.keyboard.press("Tab");
      presses++;
    }
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: /^Questions \(\d+\)$/ })).toBeFocused();
    while (!(await isFocused(prompt)) && presses < 60) {
      await page.keyboard.press("Tab");
      presses++;
    }
    console.log(`[tab-count] Tab presses from page load to the first prompt: ${presses}`);
    await expect(prompt).toBeFocused();
    expect(presses).toBeLessThanOrEqual(10);
  });

  test("article sentences are one Tab stop, walked with the arrow keys, and stay clear of the header", async ({ page }) => {
    const id = await draftQuiz(page.request, unique("Roving"));
    await page.goto(`/teach/quizzes/${id}/edit`);
    await editorReady(page);
    const article = page.getByRole("region", { name: /^Article:/ });
    const sentences = article.locator("[data-sentence]");
    expect(await sentences.count()).toBeGreaterThan(5);
    await expect(article.locator('[data-sentence][tabindex="0"]')).toHaveCount(1);

    await page.getByRole("button", { name: "Pick evidence sentences in the article for Question 1" }).click();
    const focused = article.locator("[data-sentence]:focus");
    await expect(focused).toHaveCount(1);
    const firstStart = await focused.getAttribute("data-sentence");
    await page.keyboard.press("ArrowRight");
    await expect(article.locator("[data-sentence]:focus")).not.toHaveAttribute("data-sentence", firstStart!);
    const now = article.locator("[data-sentence]:focus");
    const pressed = await now.getAttribute("aria-pressed");
    await page.keyboard.press("Enter");
    await expect(now).toHaveAttribute("aria-pressed", pressed === "true" ? "false" : "true");
    // Tab leaves the article in one press.
    await page.keyboard.press("Tab");
    await expect(article.locator("[data-sentence]:focus")).toHaveCount(0);

    // A focused sentence is never under the sticky site header.
    await page.setViewportSize({ width: 800, height: 600 });
    await sentences.last().focus();
    const header = await page.getByRole("banner").boundingBox();
    const box = await sentences.last().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  });

  test("the prompt box shows a long prompt whole, and a disabled Save looks disabled in light and dark", async ({ page }) => {
    const id = await draftQuiz(page.request, unique("Sizes"));
    await page.goto(`/teach/quizzes/${id}/edit`);
    await editorReady(page);
    const prompt = page.getByLabel("Prompt").first();
    await prompt.fill("Which of these is true? ".repeat(12).trim());
    expect(await prompt.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

    const save = page.getByRole("button", { name: "Save", exact: true });
    const look = () => save.evaluate((el) => `${getComputedStyle(el).backgroundColor}|${getComputedStyle(el).borderStyle}`);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(save).toBeEnabled();
      const enabled = await look();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible();
      await expect(save).toBeDisabled();
      const disabled = await look();
      expect(disabled, `${scheme}: the disabled Save must not look like the enabled one`).not.toBe(enabled);
      expect(disabled).toContain("dashed");
      await prompt.fill(`Edited in ${scheme} mode?`);
    }
  });

  test("a draft is previewed in a new tab with a banner and a way back, and no attempt is recorded", async ({ page }) => {
    const title = unique("Preview draft");
    const id = await draftQuiz(page.request, title);
    await page.goto(`/teach/quizzes/${id}/edit`);
    await editorReady(page);
    await expect(page.getByRole("button", { name: "Assign", exact: true })).toHaveCount(0);
    const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: /^Preview as a student/ }).click()]);
    await preview.waitForURL(new RegExp(`/teach/quizzes/${id}/preview$`));
    const banner = preview.getByRole("region", { name: "Preview" });
    await expect(banner).toContainText("Nothing you answer here is saved, graded or recorded as an attempt.");
    // The controls work, locally.
    const firstGroup = preview.getByRole("group").first();
    const radio = firstGroup.getByRole("radio").first();
    if (await radio.count()) {
      await radio.check();
      await expect(preview.getByText(/^1 of \d+ answered$/)).toBeVisible();
    }
    for (const scheme of ["light", "dark"] as const) {
      await preview.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(preview, `the preview (${scheme})`);
    }
    await banner.getByRole("link", { name: "Back to the editor" }).click();
    await preview.waitForURL(new RegExp(`/teach/quizzes/${id}/edit$`));
    await preview.close();

    // Nothing recorded: no attempt of this quiz in the teacher's history, and the API agrees.
    await page.goto("/history");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
  });

  test("Assign gives a published quiz to several classes at once, with axe on the open dialog", async ({ page }) => {
    const names = [unique("Set A"), unique("Set B")];
    for (const name of names) expect((await page.request.post("/api/classes", { data: { name } })).status()).toBe(201);
    const title = unique("Assign many");
    const id = await draftQuiz(page.request, title);
    expect((await page.request.post(`/api/quizzes/${id}/publish`, { data: { published: true } })).ok()).toBeTruthy();
    await page.goto(`/teach/quizzes/${id}/edit`);
    await editorReady(page);
    await page.getByRole("button", { name: "Assign", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Assign to classes" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog.getByText("Choose at least one class.")).toBeVisible();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(page, `the Assign dialog (${scheme})`);
    }
    for (const name of names) await dialog.getByLabel(name).check();
    await dialog.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Assign", exact: true })).toBeFocused();

    const { classes } = (await (await page.request.get("/api/classes")).json()) as { classes: { id: string; name: string }[] };
    for (const name of names) {
      const cls = classes.find((c) => c.name === name)!;
      const detail = (await (await page.request.get(`/api/classes/${cls.id}`)).json()) as { assignments: { quizId: string }[] };
      expect(detail.assignments.map((a) => a.quizId)).toEqual([id]);
    }
  });

  test("a double-clicked Create class makes one class; the server refuses a second active class of that name", async ({ page }) => {
    const name = unique("Double click");
    await page.goto("/teach");
    await page.getByRole("button", { name: "New class" }).click();
    const dialog = page.getByRole("dialog", { name: "New class" });
    await dialog.getByLabel("Class name").fill(name);
    await dialog.getByRole("button", { name: "Create class" }).dblclick();
    await page.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
    const list = async () =>
      ((await (await page.request.get("/api/classes")).json()) as { classes: { name: string }[] }).classes.filter((c) => c.name === name);
    expect(await list()).toHaveLength(1);

    // Two requests at once, bypassing the button: the unique index lets one through.
    const twin = unique("Race");
    const statuses = (await Promise.all([0, 1].map(() => page.request.post("/api/classes", { data: { name: twin } })))).map((r) => r.status());
    expect(statuses.sort()).toEqual([201, 409]);
    const again = await page.request.post("/api/classes", { data: { name: twin.toUpperCase() } });
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain("You already have a class called");
  });

  test("archived classes are listed last and without their join code", async ({ page }) => {
    const name = unique("Aaa archived");
    const res = await page.request.post("/api/classes", { data: { name } });
    const { class: cls } = (await res.json()) as { class: { id: string } };
    expect((await page.request.patch(`/api/classes/${cls.id}`, { data: { archived: true } })).ok()).toBeTruthy();
    await page.goto("/teach");
    const cards = page.getByRole("region", { name: "My classes" }).getByRole("listitem");
    const texts = await cards.allTextContents();
    const firstArchived = texts.findIndex((t) => t.includes("Archived"));
    expect(firstArchived).toBeGreaterThanOrEqual(0);
    expect(texts.slice(firstArchived).every((t) => t.includes("Archived")), "no active class after an archived one").toBe(true);
    const mine = cards.filter({ hasText: name });
    await expect(mine).toContainText("Archived");
    await expect(mine).not.toContainText("Join code");
  });
});
