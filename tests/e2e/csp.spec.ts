/**
 * The Content-Security-Policy (per-request nonces, proxy.ts) must not break any page: each main
 * page is loaded and used a little in Chromium while every `securitypolicyviolation` event and
 * every console error that mentions the policy is collected. None may be reported.
 */
import type { Page } from "@playwright/test";
import { expect, servalQuizId, signIn, startFreshAttempt, submitAttempt, test } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };

/** Starts recording CSP violations on every document the page loads. */
async function watchCsp(page: Page) {
  const reports: string[] = [];
  await page.exposeFunction("__reportCsp", (line: string) => reports.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (l: string) => void }).__reportCsp(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|Content-Security-Policy/i.test(msg.text())) reports.push(`console: ${msg.text()}`);
  });
  return reports;
}

async function visit(page: Page, path: string, ready: Parameters<Page["getByRole"]>) {
  await page.goto(path);
  await expect(page.getByRole(...ready).first()).toBeVisible();
  const csp = (await page.request.get(path, { maxRedirects: 0 })).headers()["content-security-policy"] ?? "";
  expect(csp, `${path} has a nonce policy`).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
}

test("public pages report no CSP violation", async ({ page }) => {
  const reports = await watchCsp(page);
  await visit(page, "/", ["heading", { level: 1 }]);
  await visit(page, "/quizzes", ["heading", { level: 1, name: "Quizzes" }]);
  await visit(page, "/sign-in", ["button", { name: "Sign in" }]);
  await visit(page, "/sign-up", ["button", { name: "Create account" }]);
  // A client-side interaction: the form's action runs through React on the hydrated page.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(reports).toEqual([]);
});

test("student pages report no CSP violation", async ({ page, student: _ }) => {
  const reports = await watchCsp(page);
  const quizId = await servalQuizId(page.request);
  const done = await startFreshAttempt(page.request);
  await submitAttempt(page.request, done.attemptId, {});
  const open = await startFreshAttempt(page.request);

  await visit(page, `/quizzes/${quizId}`, ["heading", { level: 1 }]);
  await visit(page, "/history", ["heading", { level: 1, name: "My attempts" }]);
  await visit(page, "/classes", ["heading", { level: 1 }]);
  await visit(page, "/account", ["heading", { level: 1, name: "Your account" }]);
  await visit(page, `/attempts/${done.attemptId}/results`, ["heading", { level: 1 }]);
  await page.getByRole("button", { name: "Show in article" }).first().click();
  await visit(page, `/attempts/${open.attemptId}`, ["button", { name: "Submit answers" }]);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(reports).toEqual([]);
});

test("teacher pages report no CSP violation", async ({ page }) => {
  const reports = await watchCsp(page);
  await signIn(page.request, TEACHER);
  await visit(page, "/teach", ["heading", { level: 1 }]);
  await page.getByRole("link", { name: "Year 10 English (demo)" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Year 10 English/ })).toBeVisible();
  await page.getByRole("link", { name: /gradebook/i }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit(page, "/teach/quizzes/new", ["heading", { level: 1 }]);
  expect(reports).toEqual([]);
});
