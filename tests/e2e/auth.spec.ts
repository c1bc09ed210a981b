import { expect, test, uniqueEmail } from "./fixtures";

test("sign-up shows each problem next to its field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Enter your name.");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address.");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(page.getByLabel("Confirm password")).toHaveAccessibleDescription("The passwords do not match.");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});

test("signing up with an address that is taken says so on the email field", async ({ page, student }) => {
  await page.context().clearCookies();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password", { exact: true }).fill("another password");
  await page.getByLabel("Confirm password").fill("another password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("An account with this email already exists.");
});

test("a wrong password gets one message that does not say whether the account exists", async ({ page, student }) => {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(student.email);

  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
});

test("signing in returns to the page that asked, but never to another site", async ({ page, student }) => {
  await page.context().clearCookies();
  await page.goto("/history");
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/history");
  await expect(page.getByRole("heading", { level: 1, name: "My attempts" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  // The server renders this only once the session is revoked and the cookie cleared.
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();
  await page.goto("/sign-in?callbackUrl=//evil.example/steal");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/quizzes");
  expect(page.url()).not.toContain("evil.example");
  await expect(page.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
});

test("after signing out, a copy of the old session cookie is refused", async ({ page, browser, student: _ }) => {
  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 1, name: "My attempts" })).toBeVisible();
  const before = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();

  const thief = await browser.newContext({ baseURL: new URL(page.url()).origin });
  await thief.addCookies(before);
  expect((await thief.request.get("/api/assignments")).status()).toBe(401);
  await thief.close();
});

test("sign-up refuses a weak password and says why", async ({ page }) => {
  const email = uniqueEmail("weak");
  const password = page.getByLabel("Password", { exact: true });
  for (const [weak, why] of [
    ["password1234", /too easy to guess/],
    ["1234567890", /too easy to guess/],
    [email, /Don't use your email address/],
    ["          ", /too easy to guess/],
  ] as const) {
    // A fresh form per case: two cases in a row give the same message, so on one form the second
    // assertion could pass on the first's answer while its own submission (which resets the form)
    // was still on its way, and the next case would be typed into a form about to be cleared.
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Wes Weak");
    await page.getByLabel("Email").fill(email);
    await password.fill(weak);
    await page.getByLabel("Confirm password").fill(weak);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(password).toHaveAccessibleDescription(why);
    await expect(password).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page).toHaveURL(/\/sign-up/);
});

test("each role signs in to its own home, and the logo goes back there; signed out, it is the landing page for both sides", async ({
  page,
  student,
}) => {
  const logo = page.getByRole("banner").getByRole("link", { name: "Readcheck" });
  const signInWithForm = async (account: { email: string; password: string }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await page.context().clearCookies();
  await page.goto("/history");
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await logo.click();
  await page.waitForURL((url) => url.pathname === "/");
  // The landing page speaks to teachers too: their own article becomes a quiz for a class.
  await expect(page.getByRole("heading", { name: "Paste your own article" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Assign to your classes" })).toBeVisible();

  await signInWithForm(student);
  await page.waitForURL((url) => url.pathname === "/quizzes");
  await page.goto("/history");
  await logo.click();
  await page.waitForURL((url) => url.pathname === "/quizzes");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();

  await signInWithForm({ email: "teacher@readcheck.test", password: "readcheck-teacher" });
  await page.waitForURL((url) => url.pathname === "/teach");
  await page.goto("/history");
  await logo.click();
  await page.waitForURL((url) => url.pathname === "/teach");
});
