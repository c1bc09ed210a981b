/**
 * The "done when" of issue 12, timed: a new teacher signs up, pastes an article, previews the
 * draft, publishes it and assigns it to two classes with a time limit, through the real UI only
 * (the two classes are made first: there is nothing to assign to without them). Then a student
 * of one class is given extra time on the class page and their clock shows it.
 *
 * Each part of the walk is a test.step, and the trace is kept (trace: "on"), so the walk's wall
 * time is read from the trace rather than from the test's own clock:
 *   npx tsx scripts/trace-steps.ts test-results/<this test's folder>/trace.zip
 */
import { E2E_TEACHER_CODE } from "../support/e2e-env";
import { expect, signUpThroughForm, test, uniqueEmail } from "./fixtures";

test.use({ trace: "on" });

const ARTICLE = `Library opens its doors at night for exam season

Leeds, England — The city's central library will stay open until midnight for the next six weeks, the council said on Monday, after 4,200 students signed a petition asking for more quiet places to study.

The library usually closes at 8 pm. From next week it will open its three reading rooms and 120 desks until 12 am from Sunday to Thursday. "Students told us they had nowhere calm to work in the evenings," said Priya Shah, the council's head of libraries.

The late openings will cost about £38,000, paid from a fund for young people. Two extra security staff will work each night, and the café on the ground floor will sell hot drinks until 10 pm.`;

const unique = (tag: string) => `${tag} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

const TIME_LIMIT = 20;

test("a new teacher signs up, pastes an article, previews, publishes and assigns to two classes with a time limit", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const classes = [unique("Year 7 Reading"), unique("Year 8 Reading")];
  const classUrls: string[] = [];
  const title = unique("Night library");

  await test.step("walk: sign up as a teacher", async () => {
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
  });

  await test.step("walk: create two classes", async () => {
    for (const name of classes) {
      await page.getByRole("button", { name: "New class" }).click();
      const dialog = page.getByRole("dialog", { name: "New class" });
      await dialog.getByLabel("Class name").fill(name);
      await dialog.getByRole("button", { name: "Create class" }).click();
      await page.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
      classUrls.push(new URL(page.url()).pathname);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" }).click();
      await page.waitForURL("**/teach");
    }
  });

  await test.step("walk: paste an article and generate questions", async () => {
    await page.getByRole("link", { name: "New quiz from an article" }).click();
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByLabel("Title (optional)").fill(title);
    await page.getByRole("button", { name: "Generate questions" }).click();
    await expect(page.getByRole("heading", { name: /^Questions \(\d+\)$/ })).toBeVisible({ timeout: 30_000 });
  });

  await test.step("walk: save the draft", async () => {
    await page.getByRole("button", { name: "Save as draft" }).click();
    await page.waitForURL(/\/teach\/quizzes\/[0-9a-f-]{36}\/edit$/);
    await expect(page.getByRole("toolbar", { name: "Quiz actions" }).locator('[tabindex="0"]')).toHaveCount(1);
  });

  await test.step("walk: preview as a student in a new tab", async () => {
    const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: /^Preview as a student/ }).click()]);
    await expect(preview.getByRole("region", { name: "Preview" })).toContainText("Student preview of a draft");
    await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await preview.close();
  });

  await test.step("walk: publish", async () => {
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  });

  await test.step("walk: assign to both classes with a time limit", async () => {
    await page.getByRole("button", { name: "Assign", exact: true }).click();
    const assign = page.getByRole("dialog", { name: "Assign to classes" });
    for (const name of classes) await assign.getByLabel(name).check();
    await assign.getByLabel("Due", { exact: true }).fill("2031-06-30T17:00");
    await assign.getByLabel("Time limit (minutes)").fill(String(TIME_LIMIT));
    await assign.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Assigned to “${classes[0]}” and “${classes[1]}”.` })).toBeVisible();
  });
  // Timings on a shared machine are not a test: the walk's time is read from the trace (see above).

  // Both classes have it, with its time limit, and the preview left no attempt behind.
  for (const url of classUrls) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  await page.goto("/history");
  await expect(page.getByText(title)).toHaveCount(0);

  // A student of the first class is given time and a half on the class page, and gets it.
  const studentContext = await browser.newContext({ baseURL });
  const student = await studentContext.newPage();
  const name = `Sami Student ${Date.now().toString(36)}`;
  await signUpThroughForm(student, { name, email: uniqueEmail("timed-student"), password: "a long enough password" });
  await page.goto(classUrls[0]!);
  const code = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  await student.goto("/classes");
  await student.getByLabel("Class code").fill(code);
  await student.getByRole("button", { name: "Join", exact: true }).click();
  await expect(student.getByRole("heading", { name: title })).toBeVisible();

  await page.reload();
  await page.getByRole("link", { name }).click();
  const form = page.getByRole("form", { name: "Accommodations" });
  await form.getByLabel("Extra time on timed assignments").selectOption({ label: "Time and a half (×1.5)" });
  await form.getByRole("button", { name: "Save accommodations" }).click();
  await expect(form.getByText(/^Saved\./)).toBeVisible();

  await student.getByRole("button", { name: new RegExp(`^Start.*: ${title}$`) }).click();
  await student.waitForURL(/\/attempts\/[0-9a-f-]{36}$/);
  // 20 minutes × 1.5: the clock starts at 30:00 (29:59 once a second has gone).
  await expect(student.getByTestId("time-left")).toHaveText(/^(30:00|29:\d\d)$/);
  await studentContext.close();
});
