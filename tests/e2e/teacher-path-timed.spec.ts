/**
 * The "done when" of issue 12, timed: a new teacher signs up, creates two classes, pastes an
 * article, previews the draft, publishes it and assigns it to both classes, through the real UI
 * only. The trace is kept (trace: "on") so the duration can be read from it too.
 */
import { E2E_TEACHER_CODE } from "../support/e2e-env";
import { expect, test, uniqueEmail } from "./fixtures";

test.use({ trace: "on" });

const ARTICLE = `Library opens its doors at night for exam season

Leeds, England — The city's central library will stay open until midnight for the next six weeks, the council said on Monday, after 4,200 students signed a petition asking for more quiet places to study.

The library usually closes at 8 pm. From next week it will open its three reading rooms and 120 desks until 12 am from Sunday to Thursday. "Students told us they had nowhere calm to work in the evenings," said Priya Shah, the council's head of libraries.

The late openings will cost about £38,000, paid from a fund for young people. Two extra security staff will work each night, and the café on the ground floor will sell hot drinks until 10 pm.`;

const unique = (tag: string) => `${tag} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test("a new teacher signs up, pastes an article, previews, publishes and assigns to two classes", async ({ page }, info) => {
  const started = Date.now();
  const classes = [unique("Year 7 Reading"), unique("Year 8 Reading")];
  const title = unique("Night library");

  await page.goto("/");
  await page.getByRole("link", { name: "Sign up free" }).click();
  await page.getByLabel("Name").fill("Nadia New-Teacher");
  await page.getByLabel("Email").fill(uniqueEmail("timed-teacher"));
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByLabel("Teacher code").fill(E2E_TEACHER_CODE);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/teach");

  for (const name of classes) {
    await page.getByRole("button", { name: "New class" }).click();
    const dialog = page.getByRole("dialog", { name: "New class" });
    await dialog.getByLabel("Class name").fill(name);
    await dialog.getByRole("button", { name: "Create class" }).click();
    await page.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" }).click();
    await page.waitForURL("**/teach");
  }

  await page.getByRole("link", { name: "New quiz from an article" }).click();
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByLabel("Title (optional)").fill(title);
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByRole("heading", { name: /^Questions \(\d+\)$/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.waitForURL(/\/teach\/quizzes\/[0-9a-f-]{36}\/edit$/);
  await expect(page.getByRole("toolbar", { name: "Quiz actions" }).locator('[tabindex="0"]')).toHaveCount(1);

  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: /^Preview as a student/ }).click()]);
  await expect(preview.getByRole("region", { name: "Preview" })).toContainText("Student preview of a draft");
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await preview.close();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  const assign = page.getByRole("dialog", { name: "Assign to classes" });
  for (const name of classes) await assign.getByLabel(name).check();
  await assign.getByLabel("Due", { exact: true }).fill("2031-06-30T17:00");
  await assign.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Assigned to “${classes[0]}” and “${classes[1]}”.` })).toBeVisible();

  const seconds = (Date.now() - started) / 1000;
  info.annotations.push({ type: "teacher-path-seconds", description: seconds.toFixed(1) });
  console.log(`[timed] sign-up → two classes → paste → preview → publish → assign to two classes: ${seconds.toFixed(1)} s`);
  // Reported, not asserted: timings on a shared machine are not a test (issue 12 asks for under two minutes).

  // Both classes have it, and the preview left no attempt behind.
  await page.goto("/teach");
  for (const name of classes) {
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await page.goBack();
  }
  await page.goto("/history");
  await expect(page.getByText(title)).toHaveCount(0);
});
