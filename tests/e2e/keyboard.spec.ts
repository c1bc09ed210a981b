import { expect, questionGroup, startFreshAttempt, tabTo, test } from "./fixtures";

// Only Tab, Shift+Tab, Space, Enter, arrow keys and typing: no clicks from the quiz page to results.
test("a student completes the quiz from the quiz page to the results with the keyboard only", async ({ page, student: _ }) => {
  const { quizId, attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/quizzes/${quizId}`);
  await tabTo(page, page.getByRole("button", { name: "Resume quiz" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/attempts/${attemptId}`);

  // Single choice: Space picks the focused radio, arrows move the choice.
  const mainIdea = questionGroup(page, "nato-quote").getByRole("radio");
  await tabTo(page, mainIdea.first());
  await page.keyboard.press("Space");
  await expect(mainIdea.first()).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(mainIdea.nth(1)).toBeChecked();

  const nato = questionGroup(page, "hollande-north");
  await tabTo(page, nato.getByRole("radio", { name: "True" }));
  await page.keyboard.press("ArrowRight");
  await expect(nato.getByRole("radio", { name: "False" })).toBeChecked();

  const reinforcements = questionGroup(page, "reinforcements").getByRole("checkbox");
  await tabTo(page, reinforcements.first());
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(reinforcements.nth(0)).toBeChecked();
  await expect(reinforcements.nth(1)).toBeChecked();

  await tabTo(page, questionGroup(page, "code-name").getByLabel("Your answer"));
  await page.keyboard.type("Operation Serval");

  const blank = questionGroup(page, "weapons-gao").getByLabel("Blank 1 of 1");
  await tabTo(page, blank);
  await page.keyboard.type("Gao");
  await expect(blank).toHaveValue("Gao");

  const matching = questionGroup(page, "who-is-who").getByRole("combobox");
  await tabTo(page, matching.first());
  await page.keyboard.press("ArrowDown");
  await expect(matching.first()).not.toHaveValue("");

  const ordering = questionGroup(page, "security-sequence");
  await tabTo(page, ordering.getByRole("button", { name: /down$/ }).first());
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Moved “.+” to position 2 of 4\.$/)).toBeAttached();
  await expect(ordering.getByRole("button", { name: /down$/ }).nth(1)).toBeFocused();

  await tabTo(page, page.getByRole("button", { name: "Submit answers" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep answering" })).toBeFocused();
  // Escape closes it and gives focus back to Submit.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Submit anyway" })).toBeFocused();
  await page.keyboard.press("Enter");

  await page.waitForURL(`**/attempts/${attemptId}/results`);
  await expect(page.getByText(/^\d+(\.\d+)? \/ \d+(\.\d+)? — \d+%$/)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Show in article" }).first());
  await page.keyboard.press("Enter");
  await expect(page.locator("mark[data-active]").first()).toBeFocused();
});
