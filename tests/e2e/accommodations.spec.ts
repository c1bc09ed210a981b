/**
 * Accommodations through the real UI: a teacher gives a student time and a half and larger text
 * on the class page, and that student's timer and quiz show them, the larger text on top of the
 * student's own text size, still readable on a 320 px phone in both themes.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, radioWidth, servalQuizId, signIn, signUpThroughForm, test, uniqueEmail } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe on ${what}`).toEqual([]);
}

test("extra time ×1.5 and larger text set on the class page reach the student's timed attempt", async ({ browser, baseURL, page }) => {
  test.setTimeout(120_000);
  // The teacher's class with a 20-minute assignment, and a student who joined it.
  await signIn(page.request, TEACHER);
  const className = `Accommodated ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const { class: cls } = (await (await page.request.post("/api/classes", { data: { name: className } })).json()) as {
    class: { id: string; joinCode: string };
  };
  const assigned = await page.request.post(`/api/classes/${cls.id}/assignments`, {
    data: { quizId: await servalQuizId(page.request), timeLimitMinutes: 20 },
  });
  expect(assigned.status()).toBe(201);
  const { assignment } = (await assigned.json()) as { assignment: { id: string } };
  const studentContext = await browser.newContext({ baseURL });
  const student = await studentContext.newPage();
  const name = `Ada Accommodated ${Date.now().toString(36)}`;
  await signUpThroughForm(student, { name, email: uniqueEmail("accommodated"), password: "a long enough password" });
  expect((await student.request.post("/api/classes/join", { data: { code: cls.joinCode } })).status()).toBe(200);

  // On the class page: the student's name, then the accommodations form.
  await page.goto(`/teach/classes/${cls.id}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const form = page.getByRole("form", { name: "Accommodations" });
  await form.getByLabel("Extra time on timed assignments").selectOption({ label: "Time and a half (×1.5)" });
  await form.getByLabel("Larger text when taking quizzes").check();
  await form.getByRole("button", { name: "Save accommodations" }).click();
  await expect(form.getByText("Saved. They apply to every assignment in this class from now on.")).toBeVisible();
  await expectNoViolations(page, "the accommodations form, saved");

  // The student's clock starts at 30 minutes, not 20, and the quiz is larger.
  const started = await student.request.post(`/api/assignments/${assignment.id}/attempts`);
  const { attemptId } = (await started.json()) as { attemptId: string };
  await student.goto(`/attempts/${attemptId}`);
  await expect(student.getByTestId("time-left")).toHaveText(/^(30:00|29:\d\d)$/);
  await expect(student.locator("[data-large-text]")).toHaveCount(1);
  const accommodated = await radioWidth(student);
  expect(accommodated).toBeCloseTo(18 * 1.25, 0); // 1.125rem radios (app/globals.css), zoomed ×1.25

  // The student's own text size multiplies the accommodation, and a phone still fits it.
  await student.getByRole("group", { name: "Reading aids" }).getByLabel("Text size").selectOption({ label: "Largest" });
  await expect.poll(() => radioWidth(student)).toBeCloseTo(accommodated * 1.5, 0);
  await student.setViewportSize({ width: 320, height: 700 });
  for (const scheme of ["light", "dark"] as const) {
    await student.emulateMedia({ colorScheme: scheme });
    const overflow = await student.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at 320 px, largest text, ${scheme}`).toBeLessThanOrEqual(0);
    await expectNoViolations(student, `a timed attempt with larger text at 320 px (${scheme})`);
  }
  await student.request.patch("/api/preferences", { data: { textScale: 100 } });
  await studentContext.close();
});
