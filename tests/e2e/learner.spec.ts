/**
 * The learner's side through the real UI: an assigned quiz started from Quizzes counts for the
 * assignment; practice checks each answer as you go, with the explanation and the evidence in the
 * article; a missed question comes back in the review queue when it is due.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "../support/e2e-env";
import { expect, questionGroup, serval, servalQuestion, servalQuizId, signIn, signUpThroughForm, test, uniqueEmail } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const DAY = 24 * 3600_000;

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe on ${what}`).toEqual([]);
}

const newStudent = () => ({ name: `Lee Learner ${Date.now().toString(36)}`, email: uniqueEmail("learner"), password: "a long enough password" });

test("an assigned quiz started from Quizzes is the assignment's attempt and counts", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const teacher = await browser.newContext({ baseURL });
  await signIn(teacher.request, TEACHER);
  const name = `Assigned ${Date.now().toString(36)}`;
  const { class: cls } = (await (await teacher.request.post("/api/classes", { data: { name } })).json()) as { class: { id: string; joinCode: string } };
  const quizId = await servalQuizId(teacher.request);
  const assigned = await teacher.request.post(`/api/classes/${cls.id}/assignments`, {
    data: { quizId, dueAt: new Date(Date.now() + 7 * DAY).toISOString(), attemptLimit: 2, reviewPolicy: "never" },
  });
  expect(assigned.status()).toBe(201);

  await signUpThroughForm(page, newStudent());
  await page.goto("/classes");
  await page.getByLabel("Class code").fill(cls.joinCode);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText(`You joined “${name}”.`)).toBeVisible();

  // From the quiz list, not the class page.
  await page.goto("/quizzes");
  await page.getByRole("link", { name: serval.title }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Assignment · ${name}`)).toBeVisible();
  await questionGroup(page, "code-name").getByLabel("Your answer").fill("Serval");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /submit/i }).click();
  await page.waitForURL(/\/results$/);
  // "Never": the score only, not even which answers were right.
  await expect(page.getByText("Your teacher shows the score only")).toBeVisible();
  await expect(page.getByText("Correct answer")).toHaveCount(0);
  await expect(page.getByText(/^Correct$|^Wrong$/)).toHaveCount(0);

  await page.goto("/classes");
  await expect(page.getByRole("listitem").filter({ hasText: serval.title })).toContainText("1 of 2 attempts used");
  await page.goto("/history");
  await expect(page.getByText(`${name} · assignment`)).toBeVisible();
  await expect(page.getByText("Counts for the grade")).toBeVisible();
  await teacher.close();
});

test("practice checks each answer at once, shows the evidence, retries the missed ones, and brings them back for review", async ({ page }) => {
  test.setTimeout(180_000); // one long path through four pages
  await signUpThroughForm(page, newStudent());
  await page.goto("/quizzes");
  await page.getByRole("link", { name: serval.title }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Practice", { exact: true })).toBeVisible();

  const codeName = questionGroup(page, "code-name");
  const question = page.locator("li", { has: codeName });
  await codeName.getByLabel("Your answer").fill("Leopard");
  await question.getByRole("button", { name: /Check answer/ }).click();
  const feedback = question.getByRole("status");
  await expect(feedback).toContainText("Wrong");
  await expect(feedback).toContainText(servalQuestion("code-name").explanation);
  // Final once checked; the evidence is highlighted in the article.
  await expect(codeName.getByLabel("Your answer")).toBeDisabled();
  await expect(page.locator("#article-body mark[data-active]").first()).toBeVisible();
  await expectNoViolations(page, "practice with feedback showing");

  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /submit/i }).click();
  await page.waitForURL(/\/results$/);
  const retry = page.getByRole("button", { name: /^Retry the \d+ I missed$/ });
  await expect(retry).toBeVisible();
  await retry.click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(codeName).toBeVisible();

  // Nothing is due on the day of the miss…
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Nothing to review today" })).toBeVisible();
  await expectNoViolations(page, "the empty review page");

  // …then a day passes (moved along in the data, as the clock would).
  const account = await page.request.get("/api/auth/session");
  const email = ((await account.json()) as { user: { email: string } }).user.email;
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    await db.query(
      `update review_cards set due = due - interval '2 days'
       where user_id = (select id from users where email = $1)
         and question_id in (select id from questions where ref = 'code-name')`,
      [email],
    );
  } finally {
    await db.end();
  }

  await page.goto("/classes");
  await expect(page.getByRole("link", { name: /^Review \d+ now$/ })).toBeVisible();
  await page.goto("/review");
  await expect(page.getByText(/Question 1 of \d+ due/)).toBeVisible();
  await expectNoViolations(page, "a due review");
  const reviewCodeName = page.getByRole("group", { name: servalQuestion("code-name").prompt });
  await reviewCodeName.getByLabel("Your answer").fill("Serval");
  const card = page.locator("li", { has: reviewCodeName });
  await expect(card.getByRole("button", { name: /^Read aloud question \d+$/ })).toBeVisible();
  await card.getByRole("button", { name: /Check answer/ }).click();
  await expect(card.getByRole("status")).toContainText("Correct");
  await expect(page.getByText(/Back for review/)).toBeVisible();
});

test("“Practise again” on a practice result starts a new, blank practice attempt", async ({ page }) => {
  await signUpThroughForm(page, newStudent());
  await page.goto("/quizzes");
  await page.getByRole("link", { name: serval.title }).click();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  const first = new URL(page.url()).pathname;
  const codeName = questionGroup(page, "code-name");
  await codeName.getByLabel("Your answer").fill("Serval");
  await expect(page.getByText(/Saved/)).toBeVisible();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /submit/i }).click();
  await page.waitForURL(/\/results$/);

  await page.getByRole("button", { name: "Practise again" }).click();
  await page.waitForURL((url) => /^\/attempts\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== first);
  await expect(page.getByText("Practice", { exact: true })).toBeVisible();
  await expect(codeName.getByLabel("Your answer")).toHaveValue("");
  await expect(page.getByText(/^0 of \d+ answered$/).first()).toBeVisible();
  // The first attempt keeps its result.
  await page.goto(`${first}/results`);
  await expect(page.getByRole("button", { name: "Practise again" })).toBeVisible();
});
