/**
 * The JavaScript each main page ships, as Chromium receives it (encoded bytes over the wire),
 * against the landing page as baseline — the framework's own floor. Needs `npm run build` first.
 *
 *   npm run bench:pages
 */
import { chromium, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/db/seed";
import { chromiumLaunchOptions } from "../tests/support/chromium";
import { startStack } from "../tests/support/stack";

async function scriptBytes(page: Page, url: string): Promise<{ bytes: number; files: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true }); // each page as on a first visit
  const scripts = new Set<string>();
  let bytes = 0;
  cdp.on("Network.responseReceived", (e) => {
    if (e.type === "Script") scripts.add(e.requestId);
  });
  cdp.on("Network.loadingFinished", (e) => {
    if (scripts.has(e.requestId)) bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await cdp.detach();
  return { bytes, files: scripts.size };
}

async function main() {
  const stack = await startStack("pglite");
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ baseURL: stack.app.baseUrl });
    const page = await context.newPage();
    const base = await scriptBytes(page, "/");
    // Sign in through the API on the page's own cookie jar, then start an attempt.
    const csrf = await (await context.request.get("/api/auth/csrf")).json();
    await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: DEMO_ACCOUNTS[0].email, password: DEMO_ACCOUNTS[0].password },
    });
    const quizzes = await (await context.request.get("/api/quizzes")).json();
    const serval = quizzes.quizzes.find((q: { slug: string }) => q.slug === "serval");
    const attempt = await (await context.request.post(`/api/quizzes/${serval.id}/attempts`)).json();
    const rows: [string, { bytes: number; files: number }][] = [
      ["/ (baseline)", base],
      ["/quizzes", await scriptBytes(page, "/quizzes")],
      ["/attempts/[id] (taking)", await scriptBytes(page, `/attempts/${attempt.attemptId}`)],
    ];
    console.log("page                      KiB (wire)  files  × baseline");
    for (const [name, r] of rows) {
      console.log(`${name.padEnd(26)}${(r.bytes / 1024).toFixed(1).padStart(10)}  ${String(r.files).padStart(5)}  ${(r.bytes / base.bytes).toFixed(2).padStart(10)}`);
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
