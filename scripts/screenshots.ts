/**
 * Regenerates the README's screenshots from the built app on a fresh embedded database with the
 * demo data: `npm run build && npx tsx --conditions=react-server scripts/screenshots.ts`. They are
 * copied to public/screenshots for the landing page.
 */
import { cpSync } from "node:fs";
import { chromium, type BrowserContext } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/db/seed";
import { perfectResponses } from "../tests/support/serval";
import { chromiumLaunchOptions } from "../tests/support/chromium";
import { startStack } from "../tests/support/stack";

const OUT = "docs/screenshots";
/** The landing page shows the same pictures; public/ is what the app serves. */
const PUBLIC = "public/screenshots";

async function signIn(context: BrowserContext, account: { email: string; password: string }) {
  const csrf = await (await context.request.get("/api/auth/csrf")).json();
  await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: account.email, password: account.password },
  });
}

async function main() {
  const stack = await startStack("pglite", { demo: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const student = await browser.newContext({ baseURL: stack.app.baseUrl, viewport: { width: 1280, height: 860 } });
    await signIn(student, DEMO_ACCOUNTS[0]);
    const quizzes = await (await student.request.get("/api/quizzes")).json();
    const serval = quizzes.quizzes.find((q: { slug: string }) => q.slug === "serval");
    const started = await (await student.request.post(`/api/quizzes/${serval.id}/attempts`)).json();
    const page = await student.newPage();
    await page.goto(`/attempts/${started.attemptId}`);
    await page.screenshot({ path: `${OUT}/taking.png` });
    // Most answers right, a few wrong, as a real student might.
    const answers = perfectResponses(started.questions);
    for (const id of Object.keys(answers).filter((_, i) => i % 4 === 3)) delete answers[id];
    await student.request.post(`/api/attempts/${started.attemptId}/submit`, { data: { responses: answers } });
    await page.goto(`/attempts/${started.attemptId}/results`);
    await page.getByRole("button", { name: "Show in article" }).nth(4).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/results.png` });

    const teacher = await browser.newContext({ baseURL: stack.app.baseUrl, viewport: { width: 1280, height: 860 }, colorScheme: "dark" });
    await signIn(teacher, DEMO_ACCOUNTS[1]);
    const tpage = await teacher.newPage();
    await tpage.goto("/teach");
    await tpage.getByRole("link", { name: /Year 10 English/ }).first().click();
    await tpage.getByRole("link", { name: /gradebook/i }).first().click();
    await tpage.waitForLoadState("networkidle");
    await tpage.screenshot({ path: `${OUT}/gradebook.png` });
    await tpage.goBack();
    const analysis = await tpage.getByRole("link", { name: "Item analysis" }).first().getAttribute("href");
    await tpage.goto(analysis!);
    await tpage.waitForLoadState("networkidle");
    await tpage.mouse.wheel(0, 640);
    await tpage.waitForTimeout(400);
    await tpage.screenshot({ path: `${OUT}/item-analysis.png`, fullPage: false });
    cpSync(OUT, PUBLIC, { recursive: true });
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
