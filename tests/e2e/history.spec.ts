import { expect, serval, servalQuizId, signUpThroughForm, submitAttempt, test, uniqueEmail } from "./fixtures";

test("history starts empty, then lists attempts newest first with their scores", async ({ page }) => {
  await signUpThroughForm(page, { name: "Hana History", email: uniqueEmail("history"), password: "history password" });
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "No attempts yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse quizzes" })).toHaveAttribute("href", "/quizzes");

  const quizId = await servalQuizId(page.request);
  const first = (await (await page.request.post(`/api/quizzes/${quizId}/attempts`)).json()) as { attemptId: string };
  const graded = await submitAttempt(page.request, first.attemptId, {});
  expect(graded.score).toBe(0);
  const second = (await (await page.request.post(`/api/quizzes/${quizId}/attempts`)).json()) as { attemptId: string };

  await page.reload();
  const rows = page.getByRole("main").getByRole("listitem");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("In progress");
  await expect(rows.nth(0).getByRole("link", { name: new RegExp(serval.title) })).toHaveAttribute(
    "href",
    `/attempts/${second.attemptId}`,
  );
  await expect(rows.nth(1)).toContainText("0%");
  await rows.nth(1).getByRole("link").click();
  await page.waitForURL(`**/attempts/${first.attemptId}/results`);
  await expect(page.getByText(/^0 \/ \d+ — 0%$/)).toBeVisible();
});
