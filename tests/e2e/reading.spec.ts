/**
 * Issue 12 for students: read-aloud of the article and of each question, reading comfort for both
 * (remembered per user), results that open at the top and mark only the evidence asked for,
 * filled dark-mode radios, whole matching options, and "[…]" where the Serval article lost words.
 * Axe on each new state.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, questionGroup, radioCard, radioWidth, servalQuestionOfType, startFreshAttempt, test } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** With a speech voice: what is read is named and highlighted, and it pauses, resumes and stops. */
async function pauseResumeStop(page: Page, controls: Locator, state: Locator, unit: "sentence" | "part") {
  await expect(state).toHaveText(new RegExp(`^Reading ${unit} \\d+ of \\d+\\.$`));
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has("read-aloud"))).toBe(true);
  await expect(controls.getByRole("button", { name: "Pause" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(state).toHaveText(new RegExp(`^Paused at ${unit} \\d+ of \\d+\\.$`));
  await expectNoViolations(page, `read-aloud paused at a ${unit}`);
  await controls.getByRole("button", { name: "Resume" }).click();
  await controls.getByRole("button", { name: "Stop" }).click();
  await expect(controls.getByRole("button", { name: /^Read aloud/ })).toBeFocused();
}

async function expectNoViolationsInBothThemes(page: Page, what: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoViolations(page, `${what} (${scheme})`);
  }
}

/** Counts the speech errors the browser itself reports, so a test can tie a notice to the real event. */
async function recordSpeechErrors(page: Page) {
  await page.addInitScript(() => {
    const errors: string[] = [];
    (window as unknown as { speechErrors: string[] }).speechErrors = errors;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      u.addEventListener("error", (e) => errors.push(e.error));
      speak(u);
    };
  });
  return () => page.evaluate(() => (window as unknown as { speechErrors: string[] }).speechErrors);
}

const voiceCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const n = speechSynthesis.getVoices().length;
        if (n) return resolve(n);
        speechSynthesis.addEventListener("voiceschanged", () => resolve(speechSynthesis.getVoices().length), { once: true });
        setTimeout(() => resolve(speechSynthesis.getVoices().length), 2000);
      }),
  );

/** The card of the nth question on the taking page. */
const questionCard = (page: Page, nth = 0) => page.locator('li[id^="question-"]').nth(nth);

/** Waits for the reading aids to be interactive (hydrated): the select reflects client state. */
async function readingAids(page: Page) {
  const aids = page.getByRole("group", { name: "Reading aids" });
  await expect(aids.getByRole("button", { name: "Read aloud" })).toBeVisible();
  return aids;
}

test("the article and each question are read aloud, what is read highlighted, or say plainly that they cannot be", async ({
  page,
  student: _,
}) => {
  const speechErrors = await recordSpeechErrors(page);
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const aids = await readingAids(page);
  const card = questionCard(page, 0);
  const voices = await voiceCount(page);
  test.info().annotations.push({
    type: "read-aloud",
    description: voices ? `${voices} voices: speech path tested` : "no speech voices in this browser: degraded path tested",
  });
  const readers = [
    { controls: aids, start: "Read aloud", state: aids.getByTestId("read-aloud-state"), unit: "sentence" },
    { controls: card, start: "Read aloud question 1", state: card.getByTestId("question-read-aloud-state"), unit: "part" },
  ] as const;
  for (const reader of readers) {
    // From the keyboard: focus stays on the button as reading starts and stops.
    const button = reader.controls.getByRole("button", { name: reader.start, exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    if (voices) {
      await pauseResumeStop(page, reader.controls, reader.state, reader.unit);
      continue;
    }
    // Headless Chromium here has no voice: the browser's own "synthesis-failed" event is shown
    // where the student asked, and the button stays to try again.
    await expect(reader.controls.getByRole("alert")).toContainText("Read-aloud isn’t available in this browser");
    await expect(button).toBeFocused();
  }
  if (!voices) {
    expect(await speechErrors()).toEqual(["synthesis-failed", "synthesis-failed"]);
    // One notice at a time: the question's replaced the article's.
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(1);
  }
  await expectNoViolationsInBothThemes(page, "the taking page after read-aloud");
});

test("text size and line spacing are remembered for the user", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const aids = await readingAids(page);
  const prose = page.locator(".article-text").first();
  const size = () => prose.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await aids.getByLabel("Text size").selectOption({ label: "Larger" });
  await aids.getByLabel("Line spacing").selectOption({ label: "Wide" });
  await expect.poll(size).toBeCloseTo(before * 1.3, 0);
  await expect
    .poll(async () => ((await (await page.request.get("/api/preferences")).json()) as { preferences: { textScale: number } }).preferences.textScale)
    .toBe(130);

  await page.reload();
  const again = await readingAids(page);
  await expect(again.getByLabel("Text size")).toHaveValue("130");
  await expect(again.getByLabel("Line spacing")).toHaveValue("190");
  expect(await size()).toBeCloseTo(before * 1.3, 0);
  const leading = await prose.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(leading).toBeCloseTo(1.9, 1);

  // An out-of-range value is a 400 naming the field, not a 500.
  const bad = await page.request.patch("/api/preferences", { data: { textScale: 999 } });
  expect(bad.status()).toBe(400);
  await page.request.patch("/api/preferences", { data: { textScale: 100, lineSpacing: 165 } });
});

test("text size and line spacing apply to the questions and their options too", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const aids = await readingAids(page);
  const normal = await radioWidth(page);
  await aids.getByLabel("Text size").selectOption({ label: "Larger" });
  await aids.getByLabel("Line spacing").selectOption({ label: "Widest" });
  await expect.poll(() => radioWidth(page)).toBeCloseTo(normal * 1.3, 0);
  const legend = radioCard(page).locator("legend");
  const leading = () => legend.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(await leading()).toBeCloseTo(2.2, 1);
  await expect
    .poll(async () => ((await (await page.request.get("/api/preferences")).json()) as { preferences: { lineSpacing: number } }).preferences.lineSpacing)
    .toBe(220);
  await page.reload();
  await readingAids(page);
  expect(await radioWidth(page)).toBeCloseTo(normal * 1.3, 0);
  expect(await leading()).toBeCloseTo(2.2, 1);
  await page.request.patch("/api/preferences", { data: { textScale: 100, lineSpacing: 165 } });
});

test("on a phone with the article hidden, the reading aids stay at hand for the questions", async ({ page, student: _ }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const aids = await readingAids(page);
  const normal = await radioWidth(page);
  await page.getByRole("button", { name: "Hide the article" }).click();
  await expect(page.locator("#article-body")).toBeHidden();
  await aids.getByLabel("Text size").selectOption({ label: "Largest" });
  await expect.poll(() => radioWidth(page)).toBeCloseTo(normal * 1.5, 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal overflow at 320 px with the largest text").toBeLessThanOrEqual(0);
  await expectNoViolations(page, "a phone with the article hidden and the largest text");
  await page.request.patch("/api/preferences", { data: { textScale: 100 } });
});

test("the Serval article shows “[…]” where its source lost words", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const gap = page.locator("#article-body .text-gap");
  await expect(gap).toHaveCount(4);
  await expect(gap.first()).toContainText("[…]");
  const marked = (hasText: string, around: RegExp) => expect(page.locator("#article-body p").filter({ hasText })).toContainText(around);
  const missing = String.raw`\s*\[…\]\s*\(text missing from the source\)\s*`;
  await marked("garrison town of Diabaly", new RegExp(`in central${missing}"They took Diabaly`));
  await marked("Omar Ould Hamaha", new RegExp(`said on${missing}The French interior minister`));
  await marked("Valls told Le Parisien", new RegExp(`Like other countries,${missing}Mathieu Guidère`));
  await marked("Russian arms", new RegExp(`arms dealers in${missing}Asked how`));
});

test("after submitting, results open at the top and mark only the evidence asked for", async ({ page, student: _ }) => {
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const submit = page.getByRole("button", { name: "Submit answers" });
  await submit.scrollIntoViewIfNeeded();
  await submit.click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit anyway" }).click();
  await page.waitForURL(/\/results$/);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toBeInViewport();
  // Not under the sticky header: the point at the title's centre is the title.
  const uncovered = await title.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
  expect(uncovered).toBe(true);

  await expect(page.locator("mark[data-evidence]")).toHaveCount(0);
  await page.getByRole("button", { name: "Show in article" }).first().click();
  const marks = page.locator("mark[data-evidence]");
  await expect(marks.first()).toBeFocused();
  expect(await marks.count()).toBe(await page.locator("mark[data-evidence][data-active]").count());
});

test("in dark mode a chosen radio is a filled disc, and matching options are not cut off", async ({ page, student: _ }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const { attemptId } = await startFreshAttempt(page.request);
  await page.goto(`/attempts/${attemptId}`);
  const single = questionGroup(page, servalQuestionOfType("single"));
  const radios = single.getByRole("radio");
  await radios.first().check();
  const fill = (i: number) => radios.nth(i).evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(await fill(0)).toContain("radial-gradient");
  expect(await fill(1)).toBe("none");

  const matching = questionGroup(page, servalQuestionOfType("matching"));
  const select = matching.getByRole("combobox").first();
  const [selectWidth, groupWidth] = await Promise.all([
    select.evaluate((el) => el.getBoundingClientRect().width),
    matching.evaluate((el) => el.getBoundingClientRect().width),
  ]);
  expect(selectWidth / groupWidth).toBeGreaterThan(0.8);
});
