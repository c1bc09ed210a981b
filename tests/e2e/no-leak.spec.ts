import { expect, serval, startFreshAttempt, submitAttempt, test } from "./fixtures";

/**
 * Pieces of an explanation that only an explanation contains: explanations quote the article,
 * and the article is rightly on the taking page, so quoted parts and anything the article or the
 * prompts contain are dropped. Quotes and ampersands are split on because HTML and RSC escape them.
 */
function probesOf(explanation: string, visible: string): string[] {
  return explanation
    .split(/["“”'‘’&<>\\]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20 && !visible.includes(s));
}

test("the taking view's HTML, RSC payload and JSON carry no explanation", async ({ page, student: _ }) => {
  const throwaway = await startFreshAttempt(page.request);
  const graded = await submitAttempt(page.request, throwaway.attemptId, {});
  const visible = [serval.article.text, ...serval.questions.map((q) => q.prompt)].join("\n");
  const probes = graded.results.flatMap((r) => probesOf(r.explanation, visible));
  expect(probes.length, "enough explanation text to look for").toBeGreaterThanOrEqual(graded.results.length / 2);

  const { attemptId, questions } = await startFreshAttempt(page.request);
  const html = await (await page.request.get(`/attempts/${attemptId}`)).text();
  const rscResponse = await page.request.get(`/attempts/${attemptId}?_rsc=leakcheck`, { headers: { RSC: "1" } });
  expect(rscResponse.headers()["content-type"]).toContain("text/x-component");
  const rsc = await rscResponse.text();
  const json = await (await page.request.get(`/api/attempts/${attemptId}`)).text();

  // The checks can fail: the same documents do carry the questions.
  const prompt = questions.find((q) => !/["'&<>]/.test(q.prompt))!.prompt;
  for (const doc of [html, rsc, json]) expect(doc).toContain(prompt);

  for (const probe of probes) {
    expect(html, "HTML").not.toContain(probe);
    expect(rsc, "RSC payload").not.toContain(probe);
    expect(json, "attempt JSON").not.toContain(probe);
  }
});
