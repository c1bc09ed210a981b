import { E2E_TEACHER_CODE } from "../support/e2e-env";
import { expect, test, uniqueEmail } from "./fixtures";

async function fillSignUp(page: import("@playwright/test").Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Tess Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("radio", { name: "Teacher" }).check();
}

test("a teacher signs up with the school's teacher code and lands in the teacher area", async ({ page }) => {
  await fillSignUp(page, uniqueEmail("teacher"));
  await page.getByLabel("Teacher code").fill(E2E_TEACHER_CODE.toUpperCase());
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/teach");
  await expect(page.getByRole("link", { name: "Teach", exact: true })).toBeVisible();
});

test("a wrong teacher code is refused beside the field and no account is made", async ({ page }) => {
  const email = uniqueEmail("not-teacher");
  await fillSignUp(page, email);
  await page.getByLabel("Teacher code").fill("guess");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("That teacher code is not right.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Teacher code")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up/);
  // Nothing was created: the same address can still sign up as a student.
  await page.getByRole("radio", { name: "Student" }).check();
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Confirm password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/quizzes");
});
