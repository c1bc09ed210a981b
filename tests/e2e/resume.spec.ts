import type { Page } from "@playwright/test";
import { expect, questionGroup, servalQuestionOfType, startFreshAttempt, test, typedAnswer } from "./fixtures";

const numeric = servalQuestionOfType("numeric");
const trueFalse = servalQuestionOfType("truefalse");
const short = servalQuestionOfType("short");

/** Runs `act`, then waits for the autosave request it triggers and the "Saved at" status. */
async function andWaitForSave(page: Page, attemptId: string, act: () => Promise<void>) {
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/attempts/${attemptId}/responses`) && r.request().method() === "PUT",
  );
  await act();
  expect((await saved).ok()).toBeTruthy();
  await expect(page.getByRole("status")).toHaveText(/^Saved at \d/);
}

test("answers are autosaved and restored after a reload", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByRole("status")).toHaveText("Answers save automatically.");

  await andWaitForSave(page, attemptId, () =>
    questionGroup(page, numeric).getByLabel(/Your answer/).fill(typedAnswer(numeric)),
  );
  await andWaitForSave(page, attemptId, () => questionGroup(page, trueFalse).getByLabel("True").check());

  await page.reload();
  await expect(questionGroup(page, numeric).getByLabel(/Your answer/)).toHaveValue(typedAnswer(numeric));
  await expect(questionGroup(page, trueFalse).getByLabel("True")).toBeChecked();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
  await expect(page.getByRole("status")).toHaveText(/^Saved at \d/);
});

test("a failed autosave says so and is retried until it succeeds", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  const url = `**/api/attempts/${attemptId}/responses`;
  await page.route(url, (route) => route.fulfill({ status: 503, json: { error: { code: "database_unavailable", message: "down" } } }));
  await page.goto(`/attempts/${attemptId}`);

  await questionGroup(page, short).getByLabel("Your answer").fill(typedAnswer(short));
  await expect(page.getByRole("status")).toHaveText(/^Couldn't save — the server can't reach its database\. Your answers are kept on this page\. Trying again in \d+ s…$/);
  await page.unroute(url);
  await expect(page.getByRole("status")).toHaveText(/^Saved at \d/, { timeout: 20_000 });

  await page.reload();
  await expect(questionGroup(page, short).getByLabel("Your answer")).toHaveValue(typedAnswer(short));
});

test("an answer typed just before following a link is still saved", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  await questionGroup(page, short).getByLabel("Your answer").fill(typedAnswer(short));
  // Well inside the autosave debounce: the save has to come from leaving the page.
  await page.getByRole("banner").getByRole("link", { name: "My attempts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My attempts" })).toBeVisible();

  await page.goto(`/attempts/${attemptId}`);
  await expect(questionGroup(page, short).getByLabel("Your answer")).toHaveValue(typedAnswer(short));
});
