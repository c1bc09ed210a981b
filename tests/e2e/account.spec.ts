import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { expect, signIn, signUpThroughForm, test, uniqueEmail, type Account } from "./fixtures";

/** The same account signed in on another device (its own session). */
async function elsewhere(browser: Browser, origin: string, account: Account) {
  const context = await browser.newContext({ baseURL: origin });
  await signIn(context.request, account);
  return context;
}

test("changing the password keeps this browser signed in and signs out every other", async ({ page, browser }) => {
  const account = { name: "Cam Change", email: uniqueEmail("change"), password: "first long passphrase" };
  await signUpThroughForm(page, account);
  const other = await elsewhere(browser, new URL(page.url()).origin, account);
  expect((await other.request.get("/api/assignments")).status()).toBe(200);

  await page.goto("/account");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm new password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/too easy to guess/);

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill("second quiet lighthouse");
  await page.getByLabel("Confirm new password").fill("second quiet lighthouse");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
  expect((await page.request.get("/api/assignments")).status()).toBe(200);
  expect((await other.request.get("/api/assignments")).status()).toBe(401);
  await other.close();
});

test("sign out everywhere ends this session and every other", async ({ page, browser }) => {
  const account = { name: "Eve Everywhere", email: uniqueEmail("everywhere"), password: "a long enough password" };
  await signUpThroughForm(page, account);
  const other = await elsewhere(browser, new URL(page.url()).origin, account);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have signed out on every device." })).toBeVisible();
  expect((await other.request.get("/api/assignments")).status()).toBe(401);
  await other.close();
});
