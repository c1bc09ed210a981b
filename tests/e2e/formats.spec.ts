/**
 * Moving a quiz out and back in through the real UI: the Serval quiz, with a select-evidence
 * question added, exported as QTI 3.0 and as GIFT from the editor (with what each format loses
 * shown before the download, as lib/formats/capabilities.ts states it), both files imported back
 * as new drafts, and the QTI copy published and taken, its evidence question answered in the
 * article and graded.
 */
import path from "node:path";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CAPABILITIES } from "@/lib/formats/capabilities";
import { splitSentences } from "@/lib/quiz/article-segments";
import { expect, questionGroup, serval, servalQuestionOfType, signIn, test } from "./fixtures";

const TEACHER = { email: "teacher@readcheck.test", password: "readcheck-teacher" };
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const servalFile = JSON.parse(readFileSync(path.join(process.cwd(), "quizzes", "serval.quiz.json"), "utf8")) as Record<string, unknown>;
const servalText = (servalFile.article as { text: string }).text;
/** The sentence the added evidence question asks for (one with no gap marker or quotation). */
const KEY = splitSentences(servalText).find((s) => s.text.startsWith("Nato welcomed the French intervention"))!;
const EVIDENCE = {
  id: "evidence-added",
  type: "evidence",
  prompt: "Select the sentence that says what Nato made of the French intervention.",
  answer: [{ start: KEY.start, end: KEY.end }],
  evidence: [{ start: KEY.start, end: KEY.end }],
  explanation: "Nato welcomed it but had received no request for help.",
  points: 1,
};
const total = serval.questions.length + 1;
const totalPoints = serval.questions.reduce((sum, q) => sum + ((q as { points?: number }).points ?? 1), 0) + EVIDENCE.points;

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe on ${what}`).toEqual([]);
}

async function download(page: Page, format: string, name: RegExp, outDir: string) {
  await page.getByLabel("Export format").selectOption(format);
  const link = page.getByRole("link", { name });
  await expect(link).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const target = path.join(outDir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function importFile(page: Page, file: string) {
  await page.goto("/teach/quizzes/import");
  await page.getByLabel("Quiz file").setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
}

test("export Serval as QTI and GIFT from the editor, import both back as drafts, and take one", async ({ page }, testInfo) => {
  // Two downloads, two imports, publish and a submitted attempt: long on a loaded 2-core machine.
  test.setTimeout(180_000);
  await signIn(page.request, TEACHER);
  const title = `Serval copy ${Date.now().toString(36)}`;
  const saved = await page.request.post("/api/quizzes", { data: { quiz: { ...servalFile, title, questions: [...(servalFile.questions as unknown[]), EVIDENCE] } } });
  expect(saved.status()).toBe(201);
  const { quiz } = (await saved.json()) as { quiz: { id: string } };

  await page.goto(`/teach/quizzes/${quiz.id}/edit`);
  await page.getByRole("button", { name: "Export…" }).click();
  await expect(page.getByTestId("export-summary")).toHaveText(`${total} of ${total} questions exported as QTI 3.0.`);
  await expectNoViolations(page, "the editor with the export panel open");
  const qti = await download(page, "qti", /^Download .*\.qti\.zip$/, testInfo.outputDir);

  const ordering = servalQuestionOfType("ordering");
  await page.getByLabel("Export format").selectOption("gift");
  await expect(page.getByTestId("export-summary")).toContainText(/exported as GIFT; \d+ ha(s|ve) no GIFT equivalent\./);
  const notExported = (message: string) => page.getByRole("listitem").filter({ hasText: `not exported. ${message}` });
  await expect(notExported(CAPABILITIES.gift.ordering.message!)).toContainText(`“${ordering.id}”`);
  await expect(notExported(CAPABILITIES.gift.evidence.message!)).toContainText(`“${EVIDENCE.id}”`);
  const gift = await download(page, "gift", /^Download .*\.gift\.txt$/, testInfo.outputDir);

  await importFile(page, gift);
  await expect(page.getByRole("heading", { name: /^\d+ questions imported from GIFT$/ })).toBeFocused();
  // The import report says what GIFT could not carry, from the same map.
  await expect(page.getByText(`(Short answer, Fill in the blank): ${CAPABILITIES.gift.short.message}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the draft in the editor" })).toBeVisible();

  await importFile(page, qti);
  await expect(page.getByRole("heading", { name: `${total} questions imported from QTI 3.0` })).toBeFocused();
  await page.getByRole("link", { name: "Open the draft in the editor" }).click();
  await page.waitForURL(/\/teach\/quizzes\/[0-9a-f-]{36}\/edit$/);
  expect(page.url()).not.toContain(quiz.id);
  await expect(page.getByRole("heading", { name: `Questions (${total})` })).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toHaveText(/Published/);
  // Take it as its teacher would try it: an attempt of their own (the preview records none).
  const importedId = new URL(page.url()).pathname.split("/")[3]!;
  const started = await page.request.post(`/api/quizzes/${importedId}/attempts`);
  expect(started.ok()).toBeTruthy();
  await page.goto(`/attempts/${((await started.json()) as { attemptId: string }).attemptId}`);
  const tf = servalQuestionOfType("truefalse");
  await questionGroup(page, tf).getByLabel((tf.answer as boolean) ? "True" : "False").check();
  await expect(page.getByText(`1 of ${total} answered`, { exact: true })).toBeVisible();
  // The evidence question came back from QTI hottext: answer it by picking its key in the article.
  const evidence = page.getByRole("group", { name: EVIDENCE.prompt });
  await evidence.getByRole("button", { name: "Select sentences in the article" }).click();
  await page.getByRole("region", { name: "Article" }).getByRole("button", { name: KEY.text }).click();
  await page.getByRole("button", { name: /^Done — back to Question/ }).click();
  await expect(evidence).toContainText("1 of 1 sentence selected.");
  await expect(page.getByText(`2 of ${total} answered`, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog", { name: /unanswered/ }).getByRole("button", { name: "Submit anyway" }).click();
  await page.waitForURL(/\/attempts\/[0-9a-f-]{36}\/results$/);
  // Both answers right, the rest unanswered: the evidence question was graded with its key.
  await expect(page.getByText(new RegExp(`^${((tf as { points?: number }).points ?? 1) + EVIDENCE.points} / ${totalPoints} — \\d+%$`))).toBeVisible();
});

test("a file without an article asks for one, then opens the editor", async ({ page }, testInfo) => {
  await signIn(page.request, TEACHER);
  const file = path.join(testInfo.outputDir, "capitals.aiken.txt");
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, "What is the capital of Mali?\nA. Bamako\nB. Dakar\nANSWER: A\n\nBroken question\nA. x\n");
  await importFile(page, file);
  await expect(page.getByRole("heading", { name: "1 question imported from Aiken, 1 skipped" })).toBeFocused();
  await page.getByText("Original text").click();
  await expect(page.getByText("Broken question")).toBeVisible();
  await expect(page.getByText("the article's text")).toBeVisible();
  await page.getByRole("button", { name: "Use this article" }).click();
  await expect(page.getByText("Paste the article's text.")).toBeVisible();
  await page.getByLabel("Article text").fill("Bamako is the capital of Mali. It lies on the Niger river.");
  await page.getByRole("button", { name: "Use this article" }).click();
  await expect(page.getByRole("heading", { name: "Questions (1)" })).toBeVisible();
  await expect(page.getByText("Bamako is the capital of Mali.")).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the import page passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page.request, TEACHER);
    await page.goto("/teach/quizzes/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import a quiz" })).toBeVisible();
    await expectNoViolations(page, `the import page (${colorScheme})`);
  });
}
