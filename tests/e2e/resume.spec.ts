import type { Page } from "@playwright/test";
import { expect, questionGroup, startFreshAttempt, test } from "./fixtures";

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
    questionGroup(page, "distance-from-bamako").getByLabel(/Your answer/).fill("250"),
  );
  await andWaitForSave(page, attemptId, () => questionGroup(page, "hollande-north").getByLabel("True").check());

  await page.reload();
  await expect(questionGroup(page, "distance-from-bamako").getByLabel(/Your answer/)).toHaveValue("250");
  await expect(questionGroup(page, "hollande-north").getByLabel("True")).toBeChecked();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "2");
  await expect(page.getByRole("status")).toHaveText(/^Saved at \d/);
});
