import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, servalQuizId, startFreshAttempt, submitAttempt, test } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test("public pages have no WCAG A/AA violations", async ({ page }) => {
      for (const path of ["/", "/sign-in", "/sign-up", "/quizzes"]) {
        await page.goto(path);
        await expectNoViolations(page, path);
      }
      await page.goto("/sign-up");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByText("Enter your name.")).toBeVisible();
      await expectNoViolations(page, "sign-up with field errors");
      await page.goto("/this-page-does-not-exist");
      await expectNoViolations(page, "404");
    });

    test("student pages have no WCAG A/AA violations", async ({ page, student: _ }) => {
      const quizId = await servalQuizId(page.request);
      const done = await startFreshAttempt(page.request);
      await submitAttempt(page.request, done.attemptId, {});
      const open = await startFreshAttempt(page.request);

      for (const path of ["/quizzes", `/quizzes/${quizId}`, "/history", `/attempts/${done.attemptId}/results`]) {
        await page.goto(path);
        await expectNoViolations(page, path);
      }
      await page.getByRole("button", { name: "Show in article" }).first().click();
      await expectNoViolations(page, "results with evidence shown");

      await page.goto(`/attempts/${open.attemptId}`);
      await expectNoViolations(page, "taking page");
      await page.getByRole("button", { name: "Submit answers" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoViolations(page, "submit confirmation");
    });
  });
}
