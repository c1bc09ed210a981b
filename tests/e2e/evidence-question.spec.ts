/**
 * The evidence question end to end: a teacher adds one in the editor by picking its key
 * sentences in the article, publishes; a student answers it by selecting sentences in the
 * article with the keyboard, the answer autosaves, is graded, and the review shows the key and
 * the student's picks in the article. axe runs on each new state, in both themes.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, signIn, tabTo, test } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const KEY_1 = "The council closed the old market hall in 2019 because its roof was unsafe.";
const KEY_2 = "Engineers had found cracks in four of the six roof beams.";
const WRONG = "Stallholders moved to a car park on Mill Street.";
const ARTICLE = `Market hall reopens after roof repair

${KEY_1} ${KEY_2} ${WRONG}

The repair cost £3.1 million and took two years. "It is a relief to be back indoors," said Ruth Ames, who sells cheese.

The hall will open seven days a week from Monday.`;

const PROMPT = "Select the two sentences that explain why the market hall closed.";

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** A draft quiz of one true/false question, made through the API; the evidence question is added in the UI. */
async function draftQuiz(request: APIRequestContext, title: string) {
  const span = { start: ARTICLE.indexOf(KEY_1), end: ARTICLE.indexOf(KEY_1) + KEY_1.length };
  const quiz = {
    slug: "x",
    title,
    article: { title: "Market hall reopens after roof repair", text: ARTICLE },
    questions: [
      { id: "closed", type: "truefalse", prompt: "The market hall was closed in 2019.", answer: true, explanation: "The article says so.", evidence: [span] },
    ],
  };
  const res = await request.post("/api/quizzes", { data: { quiz } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { quiz: { id: string } }).quiz.id;
}

async function teacherAddsEvidenceQuestion(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page.request, TEACHER);
  const quizId = await draftQuiz(page.request, `Market hall ${Date.now().toString(36)}`);
  await page.goto(`/teach/quizzes/${quizId}/edit`);

  await page.getByLabel("Add a question by hand").selectOption({ label: "Select evidence" });
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("heading", { name: "Question 2 · Select evidence" })).toBeVisible();
  await expect(page.getByLabel("Prompt").nth(1)).toBeFocused();
  await page.getByLabel("Prompt").nth(1).fill(PROMPT);
  await page.getByLabel("Explanation").nth(1).fill("The roof was unsafe: cracks in four of the six beams.");

  // Saving with no key sentence names what is missing beside the list.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Pick at least one key sentence in the article.").first()).toBeVisible();

  await page.getByRole("button", { name: "Pick the key sentences in the article for Question 2" }).click();
  const pane = page.getByRole("region", { name: /^Article:/ });
  await expect(pane.getByText(/^Key sentences for Question 2 are highlighted/)).toBeVisible();
  await pane.getByRole("button", { name: KEY_1 }).click();
  await pane.getByRole("button", { name: KEY_2 }).click();
  await expect(pane.getByRole("button", { name: KEY_1 })).toHaveAttribute("aria-pressed", "true");
  await expect(pane.getByRole("button", { name: KEY_2 })).toHaveAttribute("aria-pressed", "true");
  await expectNoViolations(page, "editor picking key sentences");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  // Shared to the library, so any student may take it without a class.
  expect((await page.request.post(`/api/quizzes/${quizId}/library`, { data: { library: true } })).ok()).toBeTruthy();

  // What was saved is the key: the two sentences, as the article view splits them.
  const { file } = (await (await page.request.get(`/api/quizzes/${quizId}`)).json()) as {
    file: { questions: { type: string; answer: { start: number; end: number }[]; evidence: unknown }[] };
  };
  const saved = file.questions.find((q) => q.type === "evidence")!;
  expect(saved.answer.map((s) => ARTICLE.slice(s.start, s.end))).toEqual([KEY_1, KEY_2]);
  expect(saved.evidence).toEqual(saved.answer);
  await context.close();
  return quizId;
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`an evidence question is added in the editor, answered from the keyboard in the article, graded and reviewed (${colorScheme})`, async ({
    page,
    browser,
    baseURL,
    student: _,
  }) => {
    test.setTimeout(120_000);
    const quizId = await teacherAddsEvidenceQuestion(browser, baseURL);
    await page.emulateMedia({ colorScheme });

    const started = await page.request.post(`/api/quizzes/${quizId}/attempts`);
    expect(started.ok()).toBeTruthy();
    const { attemptId, questions } = (await started.json()) as { attemptId: string; questions: Record<string, unknown>[] };
    // The student's copy of the question holds how many to select and nothing of the key.
    expect(questions.find((q) => q.type === "evidence")).toEqual({ id: expect.any(String), type: "evidence", prompt: PROMPT, points: 1, maxSelect: 2 });

    await page.goto(`/attempts/${attemptId}`);
    const article = page.getByRole("region", { name: "Article" });
    // Sentences are not tab stops until the question asks for them.
    await expect(article.getByRole("button", { name: KEY_1 })).toHaveCount(0);

    const question = page.getByRole("group", { name: PROMPT });
    await expect(question).toContainText("0 of 2 sentences selected.");
    const start = question.getByRole("button", { name: "Select sentences in the article" });
    await tabTo(page, start);
    await page.keyboard.press("Enter");
    const banner = page.getByRole("group", { name: "Selecting sentences for Question 2" });
    await expect(banner).toBeFocused();

    // A wrong sentence first, then both key sentences; a third is refused at the limit.
    await tabTo(page, article.getByRole("button", { name: WRONG }));
    await page.keyboard.press("Space");
    await expect(article.getByRole("button", { name: WRONG })).toHaveAttribute("aria-pressed", "true");
    await tabTo(page, article.getByRole("button", { name: KEY_1 }), { back: true });
    await page.keyboard.press("Enter");
    await expect(article.getByText("2 of 2 sentences selected", { exact: true }).first()).toBeVisible();
    await tabTo(page, article.getByRole("button", { name: KEY_2 }));
    await page.keyboard.press("Space");
    await expect(article.getByRole("button", { name: KEY_2 })).toHaveAttribute("aria-pressed", "false");
    await expect(article.getByText(/You can select at most 2 sentences/)).toBeAttached();
    await expectNoViolations(page, `taking page while selecting sentences (${colorScheme})`);

    // Escape ends selecting and returns to the question, which lists the picks with Remove buttons.
    await page.keyboard.press("Escape");
    await expect(banner).toHaveCount(0);
    const change = question.getByRole("button", { name: "Change the selection in the article" });
    await expect(change).toBeFocused();
    const picked = question.getByRole("list", { name: "Your selected sentences for Question 2" });
    await expect(picked.getByRole("listitem")).toHaveText([new RegExp(KEY_1.slice(0, 30)), new RegExp(WRONG.slice(0, 30))]);
    await tabTo(page, picked.getByRole("button", { name: `Remove “${WRONG}”` }), { back: true });
    await page.keyboard.press("Enter");
    await expect(picked.getByRole("listitem")).toHaveCount(1);

    await tabTo(page, change);
    await page.keyboard.press("Enter");
    await expect(banner).toBeFocused();
    await tabTo(page, article.getByRole("button", { name: KEY_2 }));
    // The autosave that carries the second key sentence (the status line reads "Saved at" already).
    const savedBoth = page.waitForResponse(
      (r) => r.url().endsWith(`/api/attempts/${attemptId}/responses`) && (r.request().postData() ?? "").includes(`"start":${ARTICLE.indexOf(KEY_2)}`),
    );
    await page.keyboard.press("Space");
    await expect(article.getByRole("button", { name: KEY_2 })).toHaveAttribute("aria-pressed", "true");
    await banner.getByRole("button", { name: "Done — back to Question 2" }).click();
    await expect(change).toBeFocused();
    await expect(question).toContainText("2 of 2 sentences selected.");
    expect((await savedBoth).ok()).toBeTruthy();
    await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();

    // Autosaved: a reload shows the same two sentences.
    await page.reload();
    await expect(page.getByRole("group", { name: PROMPT }).getByRole("listitem")).toHaveText([
      new RegExp(KEY_1.slice(0, 30)),
      new RegExp(KEY_2.slice(0, 30)),
    ]);

    await page.getByRole("group", { name: "The market hall was closed in 2019." }).getByLabel("True").check();
    await expect(page.getByText("2 of 2 answered").first()).toBeVisible();
    await page.getByRole("button", { name: "Submit answers" }).click();
    await page.waitForURL(`**/attempts/${attemptId}/results`);
    await expect(page.getByRole("heading", { name: "Your score" })).toBeVisible();
    await expect(page.getByText("2 / 2 — 100%")).toBeVisible();

    const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: PROMPT }) });
    await expect(result).toContainText(KEY_1);
    await expect(result).toContainText(KEY_2);
    await result.getByRole("button", { name: "Show in article" }).click();
    await expect(page.getByText(/the key sentences are highlighted; the sentences you selected are underlined/)).toBeVisible();
    const marked = (await page.locator("#article-body mark[data-active]").allTextContents()).join(" ");
    expect(marked.replace(/\s+/g, " ").trim()).toBe(`${KEY_1} ${KEY_2}`);
    await expect(page.locator("#article-body [data-picked]")).toHaveCount(2);
    await expectNoViolations(page, `results with an evidence question shown (${colorScheme})`);
  });
}

test("on a phone the article above the questions opens for selecting, and a tap selects a sentence that counts as wrong", async ({
  page,
  browser,
  baseURL,
  student: _,
}) => {
  test.setTimeout(120_000);
  const quizId = await teacherAddsEvidenceQuestion(browser, baseURL);
  await page.setViewportSize({ width: 390, height: 844 });
  const started = await page.request.post(`/api/quizzes/${quizId}/attempts`);
  expect(started.ok()).toBeTruthy();
  const { attemptId } = (await started.json()) as { attemptId: string };
  await page.goto(`/attempts/${attemptId}`);

  await page.getByRole("button", { name: "Hide the article" }).click();
  await expect(page.getByRole("button", { name: "Show the article" })).toBeVisible();
  await page.getByRole("group", { name: PROMPT }).getByRole("button", { name: "Select sentences in the article" }).click();
  const article = page.getByRole("region", { name: "Article" });
  await expect(page.getByRole("group", { name: "Selecting sentences for Question 2" })).toBeInViewport();
  await article.getByRole("button", { name: WRONG }).click();
  await article.getByRole("button", { name: KEY_1 }).click();
  await expect(article.getByText("2 of 2 sentences selected", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Done — back to Question 2" }).click();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit anyway" }).click();
  await page.waitForURL(`**/attempts/${attemptId}/results`);
  // One key sentence hit, one wrong pick: (1 − 1) ÷ 2 of the point.
  const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: PROMPT }) });
  await expect(result).toContainText("0 / 1 point");
});
