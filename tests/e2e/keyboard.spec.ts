import type { Page } from "@playwright/test";
import { expect, questionGroup, serval, startFreshAttempt, tabTo, test, typedAnswer } from "./fixtures";

type FileQuestion = (typeof serval.questions)[number];

/** Answers one question with the keyboard alone, the way its control is meant to be used. */
async function answerByKeyboard(page: Page, q: FileQuestion) {
  const group = questionGroup(page, q);
  switch (q.type) {
    case "single": {
      // Space picks the focused radio; arrow keys move the choice.
      const radios = group.getByRole("radio");
      await tabTo(page, radios.first());
      await page.keyboard.press("Space");
      await expect(radios.first()).toBeChecked();
      await page.keyboard.press("ArrowDown");
      await expect(radios.nth(1)).toBeChecked();
      return;
    }
    case "truefalse":
      await tabTo(page, group.getByRole("radio", { name: "True" }));
      await page.keyboard.press("ArrowRight");
      await expect(group.getByRole("radio", { name: "False" })).toBeChecked();
      return;
    case "multiple": {
      const boxes = group.getByRole("checkbox");
      await tabTo(page, boxes.first());
      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      await expect(boxes.nth(0)).toBeChecked();
      await expect(boxes.nth(1)).toBeChecked();
      return;
    }
    case "numeric":
    case "short": {
      const input = group.getByLabel(/Your answer/);
      await tabTo(page, input);
      await page.keyboard.type(typedAnswer(q));
      await expect(input).toHaveValue(typedAnswer(q));
      return;
    }
    case "blank": {
      const accepted = q.answer as string[][];
      await tabTo(page, group.getByLabel(`Blank 1 of ${accepted.length}`));
      for (const [i, answers] of accepted.entries()) {
        if (i > 0) await page.keyboard.press("Tab");
        await page.keyboard.type(answers[0]!);
      }
      await expect(group.getByLabel(`Blank ${accepted.length} of ${accepted.length}`)).toHaveValue(accepted.at(-1)![0]!);
      return;
    }
    case "matching": {
      // Only the first pair: the question stays unanswered, so submitting asks for confirmation.
      const selects = group.getByRole("combobox");
      await tabTo(page, selects.first());
      await page.keyboard.press("ArrowDown");
      await expect(selects.first()).not.toHaveValue("");
      return;
    }
    case "ordering": {
      const downs = group.getByRole("button", { name: /down$/ });
      const count = await downs.count();
      await tabTo(page, downs.first());
      await page.keyboard.press("Enter");
      await expect(page.getByText(new RegExp(`^Moved “.+” to position 2 of ${count}\\.$`))).toBeAttached();
      // Focus follows the moved item (now second); with two items its Down button is disabled.
      await expect(count > 2 ? downs.nth(1) : group.getByRole("button", { name: /up$/ }).nth(1)).toBeFocused();
      return;
    }
  }
}

// Only Tab, Shift+Tab, Space, Enter, arrow keys and typing: no clicks from the quiz page to results.
test("a student completes the quiz from the quiz page to the results with the keyboard only", async ({ page, student: _ }) => {
  const { quizId, attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/quizzes/${quizId}`);
  await tabTo(page, page.getByRole("button", { name: "Resume quiz" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/attempts/${attemptId}`);

  // The first question of each type, in the order the page shows them (Tab only moves forward).
  const seen = new Set<string>();
  for (const q of serval.questions) {
    if (seen.has(q.type)) continue;
    seen.add(q.type);
    await answerByKeyboard(page, q);
  }

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
