import {
  expect,
  questionGroup,
  serval,
  servalQuestionOfType,
  signUpThroughForm,
  test,
  typedAnswer,
  uniqueEmail,
} from "./fixtures";

test("a new student signs up, takes the Serval quiz and reviews the evidence in the article", async ({ page }) => {
  const total = serval.questions.length;
  const short = servalQuestionOfType("short");
  const trueFalse = servalQuestionOfType("truefalse");
  const numeric = servalQuestionOfType("numeric");

  await signUpThroughForm(page, { name: "Nina New", email: uniqueEmail("loop"), password: "a long enough password" });
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("link", { name: serval.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: serval.title })).toBeVisible();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);

  await expect(page.getByText(`0 of ${total} answered`, { exact: true })).toBeVisible();
  await questionGroup(page, short).getByLabel("Your answer").fill(typedAnswer(short));
  await questionGroup(page, trueFalse).getByLabel(trueFalse.answer ? "True" : "False").check();
  await questionGroup(page, numeric).getByLabel(/Your answer/).fill(typedAnswer(numeric));
  await expect(page.getByText(`3 of ${total} answered`, { exact: true })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");

  await page.getByRole("button", { name: "Submit answers" }).click();
  const dialog = page.getByRole("dialog", { name: /unanswered/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Submit with ${total - 3} unanswered?`);
  await dialog.getByRole("button", { name: "Submit anyway" }).click();

  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}\/results$/);
  await expect(page.getByText(/^\d+(\.\d+)? \/ \d+(\.\d+)? — \d+%$/)).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: short.prompt }) });
  await expect(item.getByText("Correct", { exact: true })).toBeVisible();
  await expect(item).toContainText(short.explanation);

  await item.getByRole("button", { name: "Show in article" }).click();
  const active = page.locator("mark[data-active]");
  await expect(active.first()).toBeFocused();
  await expect(active.first()).toBeInViewport();
  // A span may cross a paragraph break: compare the marks' joined text to the evidence's words.
  const evidence = [...short.evidence]
    .sort((a, b) => a.start - b.start)
    .map((s) => serval.article.text.slice(s.start, s.end))
    .join(" ");
  const marked = (await active.allTextContents()).join(" ");
  expect(marked.replace(/\s+/g, "")).toBe(evidence.replace(/\s+/g, ""));
});
