import { expect, questionGroup, servalQuestionOfType, startFreshAttempt, test, typedAnswer } from "./fixtures";

const short = servalQuestionOfType("short");
const busy = { status: 503, headers: { "retry-after": "1" }, json: { error: { code: "busy", message: "busy" } } };

test("a busy server delays an autosave, says so, and the answer is saved when it clears", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  const url = `**/api/attempts/${attemptId}/responses`;
  await page.route(url, (route) => route.fulfill(busy));
  await page.goto(`/attempts/${attemptId}`);

  await questionGroup(page, short).getByLabel("Your answer").fill(typedAnswer(short));
  await expect(page.getByRole("status")).toHaveText(/^The server is busy — your answers are kept on this page\. Trying again in \d+ s…$/);
  await page.unroute(url);
  await expect(page.getByRole("status")).toHaveText(/^Saved at \d/, { timeout: 20_000 });
});

test("a submit answered busy is retried, the student told, and then graded", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  let refusals = 2;
  await page.route(`**/api/attempts/${attemptId}/submit`, (route) => (refusals-- > 0 ? route.fulfill(busy) : route.continue()));
  await page.goto(`/attempts/${attemptId}`);
  await questionGroup(page, short).getByLabel("Your answer").fill(typedAnswer(short));

  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog", { name: /unanswered/ }).getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByText(/^The server is busy with many students at once\. Your answers are safe here\. Trying again in \d+ s…$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Grading…" })).toBeDisabled();

  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}\/results$/, { timeout: 30_000 });
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: short.prompt }) });
  await expect(item.getByText("Correct", { exact: true })).toBeVisible();
});

test("a submit answered busy more than seven times keeps being retried, the student told, and is then graded", async ({ page, student: _ }) => {
  // The page's own clock, fast-forwarded: the backoff between tries grows to 30 s.
  await page.clock.install();
  const { attemptId } = await startFreshAttempt(page.request);
  const REFUSALS = 9;
  let tries = 0;
  await page.route(`**/api/attempts/${attemptId}/submit`, (route) => (++tries <= REFUSALS ? route.fulfill(busy) : route.continue()));
  await page.goto(`/attempts/${attemptId}`);
  await questionGroup(page, short).getByLabel("Your answer").fill(typedAnswer(short));

  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog", { name: /unanswered/ }).getByRole("button", { name: "Submit anyway" }).click();
  const told = page.getByText(/^The server is busy with many students at once\. Your answers are safe here\. Trying again in \d+ s…$/);
  await expect(told).toBeVisible();
  // Each next try: move the page's clock on in steps until the page sends it. Waiting on the
  // request itself, not on the message (still shown from the try before), means a step is never
  // spent before the page has set its next timer.
  for (let next = 2; next <= REFUSALS + 1; next++) {
    await expect
      .poll(async () => {
        if (tries < next) await page.clock.fastForward(10_000);
        return tries;
      }, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(next);
    if (next <= REFUSALS) await expect(told).toBeVisible();
  }
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}\/results$/, { timeout: 30_000 });
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: short.prompt }) });
  await expect(item.getByText("Correct", { exact: true })).toBeVisible();
});
