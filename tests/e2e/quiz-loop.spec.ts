import { expect, questionGroup, serval, servalQuestion, signUpThroughForm, test, uniqueEmail } from "./fixtures";

test("a new student signs up, takes the Serval quiz and reviews the evidence in the article", async ({ page }) => {
  await signUpThroughForm(page, { name: "Nina New", email: uniqueEmail("loop"), password: "a long enough password" });
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.getByRole("link", { name: serval.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: serval.title })).toBeVisible();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);

  await expect(page.getByText(`0 of ${serval.questions.length} answered`, { exact: true })).toBeVisible();
  await questionGroup(page, "code-name").getByLabel("Your answer").fill("Serval");
  await questionGroup(page, "hollande-north").getByLabel("True").check();
  await questionGroup(page, "distance-before").getByLabel(/Your answer/).fill("420 miles");
  await expect(page.getByText(`3 of ${serval.questions.length} answered`, { exact: true })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");

  await page.getByRole("button", { name: "Submit answers" }).click();
  const dialog = page.getByRole("dialog", { name: /unanswered/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Submit with ${serval.questions.length - 3} unanswered?`);
  await dialog.getByRole("button", { name: "Submit anyway" }).click();

  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}\/results$/);
  await expect(page.getByText(/^\d+(\.\d+)? \/ \d+(\.\d+)? — \d+%$/)).toBeVisible();
  const codeName = servalQuestion("code-name");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: codeName.prompt }) });
  await expect(item.getByText("Correct", { exact: true })).toBeVisible();
  await expect(item).toContainText(codeName.explanation);

  await item.getByRole("button", { name: "Show in article" }).click();
  const [span] = codeName.evidence;
  const evidence = serval.article.text.slice(span!.start, span!.end);
  const active = page.locator("mark[data-active]");
  await expect(active.first()).toBeFocused();
  await expect(active.first()).toBeInViewport();
  // A span may cross a paragraph break: compare the marks' joined text to the evidence's words.
  const marked = (await active.allTextContents()).join(" ");
  expect(marked.replace(/\s+/g, " ").trim()).toBe(evidence.replace(/\s+/g, " ").trim());
});
