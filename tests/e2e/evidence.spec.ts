import { expect, startFreshAttempt, submitAttempt, test } from "./fixtures";

const squash = (s: string) => s.replace(/\s+/g, "");

// The article is rendered as paragraphs split on blank lines, while evidence offsets point into
// the whole text: every question's marks must hold exactly its evidence, across paragraph breaks.
test("Show in article marks exactly each question's evidence", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  const { results } = await submitAttempt(page.request, attemptId, {});
  await page.goto(`/attempts/${attemptId}/results`);

  const buttons = page.getByRole("button", { name: "Show in article" });
  await expect(buttons).toHaveCount(results.length);
  for (const [i, result] of results.entries()) {
    await buttons.nth(i).click();
    await expect(page.getByText(`Showing the evidence for question ${i + 1}.`)).toBeVisible();
    const marked = await page.locator("mark[data-active]").allTextContents();
    const expected = [...result.evidence].sort((a, b) => a.start - b.start).map((e) => e.text);
    expect(squash(marked.join("")), `evidence of question ${i + 1}`).toBe(squash(expected.join("")));
  }
});
