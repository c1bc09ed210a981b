/**
 * QTI 3.0 content package: imsmanifest.xml, one qti-assessment-item per question, the article as
 * one shared qti-assessment-stimulus every item references, and a qti-assessment-test that lists
 * the items in order. Response processing is written out (not a template reference) and scores as
 * lib/quiz/grade.ts does wherever QTI can say it; docs/formats.md has the table.
 */
import { zipSync, strToU8 } from "fflate";
import { overlapsMostly } from "@/lib/quiz/article-segments";
import { BLANK_PATTERN, type Question, type QuestionOf, type QuizFile, type Span } from "@/lib/quiz/schema";
import { splitArticle } from "@/lib/quiz/editing";
import { articleToHtml, textToHtml } from "./text";
import { el, raw, xmlDocument, type Child } from "./xml";
import { CP_NS, CP_XSD, QTI_NS, QTI_XSD, RC, RESOURCE, toQtiId, XSI } from "./qti-shared";

const root = (name: string, attrs: Record<string, string | number | undefined>, ...children: Child[]) =>
  el(name, { xmlns: QTI_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": `${QTI_NS} ${QTI_XSD}`, ...attrs }, ...children);

const value = (v: string | number) => el("qti-value", {}, String(v));
const outcome = (identifier: string, baseType: string, defaults?: (string | number)[], cardinality = "single") =>
  el(
    "qti-outcome-declaration",
    { identifier, cardinality, "base-type": baseType },
    defaults && defaults.length ? el("qti-default-value", {}, defaults.map(value)) : null,
  );
const p = (text: string) => el("p", {}, raw(textToHtml(text)));
const setScore = (expr: Child) => el("qti-set-outcome-value", { identifier: "SCORE" }, expr);
const base = (type: string, v: string | number) => el("qti-base-value", { "base-type": type }, String(v));
const variable = (id: string) => el("qti-variable", { identifier: id });
const num = (n: number) => Number(n.toFixed(6));

/** SCORE = points when RESPONSE matches the correct response, else 0. */
const matchCorrect = (points: number, test: Child = el("qti-match", {}, variable("RESPONSE"), el("qti-correct", { identifier: "RESPONSE" }))) =>
  el(
    "qti-response-condition",
    {},
    el("qti-response-if", {}, test, setScore(base("float", points))),
    el("qti-response-else", {}, setScore(base("float", 0))),
  );

/** SCORE = the mapped response (sum over RESPONSE ids), 0 when nothing was answered. */
const mapped = (ids: string[]) =>
  el(
    "qti-response-condition",
    {},
    el(
      "qti-response-if",
      {},
      ids.length === 1 ? el("qti-is-null", {}, variable(ids[0]!)) : el("qti-and", {}, ids.map((id) => el("qti-is-null", {}, variable(id)))),
      setScore(base("float", 0)),
    ),
    el(
      "qti-response-else",
      {},
      setScore(ids.length === 1 ? el("qti-map-response", { identifier: ids[0]! }) : el("qti-sum", {}, ids.map((id) => el("qti-map-response", { identifier: id })))),
    ),
  );

type ItemParts = { responses: Child[]; body: Child[]; processing: Child[]; extraOutcomes?: Child[] };

function itemParts(q: Question, articleText: string): ItemParts {
  const correct = (vals: string[]) => el("qti-correct-response", {}, vals.map(value));
  switch (q.type) {
    case "single":
    case "truefalse": {
      const options = q.type === "single" ? q.options : [{ id: "true", text: "True" }, { id: "false", text: "False" }];
      const key = q.type === "single" ? q.answer : String(q.answer);
      return {
        responses: [el("qti-response-declaration", { identifier: "RESPONSE", cardinality: "single", "base-type": "identifier" }, correct([toQtiId(key)]))],
        body: [
          el(
            "qti-choice-interaction",
            { "response-identifier": "RESPONSE", "max-choices": 1, shuffle: q.type === "single" ? "true" : "false" },
            el("qti-prompt", {}, raw(textToHtml(q.prompt))),
            options.map((o) => el("qti-simple-choice", { identifier: toQtiId(o.id) }, raw(textToHtml(o.text)))),
          ),
        ],
        processing: [matchCorrect(q.points)],
      };
    }
    case "multiple": {
      const share = num(q.points / q.answer.length);
      return {
        responses: [
          el(
            "qti-response-declaration",
            { identifier: "RESPONSE", cardinality: "multiple", "base-type": "identifier" },
            correct(q.answer.map(toQtiId)),
            el(
              "qti-mapping",
              { "lower-bound": 0, "upper-bound": q.points, "default-value": 0 },
              q.options.map((o) => el("qti-map-entry", { "map-key": toQtiId(o.id), "mapped-value": q.answer.includes(o.id) ? share : -share })),
            ),
          ),
        ],
        body: [
          el(
            "qti-choice-interaction",
            { "response-identifier": "RESPONSE", "max-choices": 0, shuffle: "true" },
            el("qti-prompt", {}, raw(textToHtml(q.prompt))),
            q.options.map((o) => el("qti-simple-choice", { identifier: toQtiId(o.id) }, raw(textToHtml(o.text)))),
          ),
        ],
        processing: [mapped(["RESPONSE"])],
      };
    }
    case "numeric": {
      const t = q.tolerance;
      return {
        responses: [el("qti-response-declaration", { identifier: "RESPONSE", cardinality: "single", "base-type": "float" }, correct([String(q.answer)]))],
        extraOutcomes: q.unitAliases.length ? [outcome(RC.unitAliases, "string", q.unitAliases, "multiple")] : [],
        body: [
          p(q.prompt),
          el("p", {}, el("qti-text-entry-interaction", { "response-identifier": "RESPONSE", "expected-length": 10 }), q.unit ? ` ${q.unit}` : null),
        ],
        processing: [
          matchCorrect(
            q.points,
            el(
              "qti-equal",
              { "tolerance-mode": t > 0 ? "absolute" : "exact", ...(t > 0 ? { tolerance: `${t} ${t}` } : {}) },
              variable("RESPONSE"),
              el("qti-correct", { identifier: "RESPONSE" }),
            ),
          ),
        ],
      };
    }
    case "short":
    case "blank": {
      const lists = q.type === "short" ? [q.answer] : q.answer;
      const ids = lists.length === 1 ? ["RESPONSE"] : lists.map((_, i) => `RESPONSE_${i + 1}`);
      const share = num(q.points / lists.length);
      const responses = lists.map((accepted, i) =>
        el(
          "qti-response-declaration",
          { identifier: ids[i]!, cardinality: "single", "base-type": "string" },
          correct([accepted[0]!]),
          el(
            "qti-mapping",
            { "default-value": 0, "lower-bound": 0, "upper-bound": share },
            accepted.map((a) => el("qti-map-entry", { "map-key": a, "mapped-value": share, "case-sensitive": "false" })),
          ),
        ),
      );
      const entry = (id: string) => el("qti-text-entry-interaction", { "response-identifier": id, "expected-length": 20 });
      const body =
        q.type === "short"
          ? [p(q.prompt), el("p", {}, entry("RESPONSE"))]
          : [el("p", {}, q.prompt.split(BLANK_PATTERN).map((piece, i) => [raw(textToHtml(piece)), i < ids.length ? entry(ids[i]!) : null]))];
      return { responses, body, processing: [mapped(ids)] };
    }
    case "ordering":
      return {
        responses: [el("qti-response-declaration", { identifier: "RESPONSE", cardinality: "ordered", "base-type": "identifier" }, correct(q.answer.map(toQtiId)))],
        body: [
          el(
            "qti-order-interaction",
            { "response-identifier": "RESPONSE", shuffle: "true" },
            el("qti-prompt", {}, raw(textToHtml(q.prompt))),
            q.items.map((it) => el("qti-simple-choice", { identifier: toQtiId(it.id) }, raw(textToHtml(it.text)))),
          ),
        ],
        processing: [matchCorrect(q.points)],
      };
    case "matching": {
      const share = num(q.points / q.left.length);
      const pairs = q.left.map((l) => `${toQtiId(l.id)} ${toQtiId(q.answer[l.id]!)}`);
      return {
        responses: [
          el(
            "qti-response-declaration",
            { identifier: "RESPONSE", cardinality: "multiple", "base-type": "directedPair" },
            correct(pairs),
            el("qti-mapping", { "default-value": 0, "lower-bound": 0, "upper-bound": q.points }, pairs.map((pair) => el("qti-map-entry", { "map-key": pair, "mapped-value": share }))),
          ),
        ],
        body: [
          el(
            "qti-match-interaction",
            { "response-identifier": "RESPONSE", "max-associations": q.left.length, shuffle: "true" },
            el("qti-prompt", {}, raw(textToHtml(q.prompt))),
            el("qti-simple-match-set", {}, q.left.map((l) => el("qti-simple-associable-choice", { identifier: toQtiId(l.id), "match-max": 1 }, raw(textToHtml(l.text))))),
            el("qti-simple-match-set", {}, q.right.map((r) => el("qti-simple-associable-choice", { identifier: toQtiId(r.id), "match-max": q.left.length }, raw(textToHtml(r.text))))),
          ),
        ],
        processing: [mapped(["RESPONSE"])],
      };
    }
    case "evidence":
      return evidenceParts(q, articleText);
  }
}

/**
 * Select-the-evidence as a hottext interaction: each sentence of the article (as the taking view
 * segments it) is a qti-hottext named by its span, S_start_end, which is how reading finds the
 * key again. Scored as evidenceCredit in lib/quiz/grade.ts: +points/k per key sentence, −points/k
 * per other pick, floored at 0; max-choices caps the picks.
 */
function evidenceParts(q: QuestionOf<"evidence">, articleText: string): ItemParts {
  const paragraphs = splitArticle(articleText);
  const sentenceId = (s: Span) => `S_${s.start}_${s.end}`;
  // A key span that is not exactly a sentence stands for the sentences it mostly covers (reported
  // by capabilities.ts as an approximation).
  const hits = paragraphs.flatMap((para) => para.sentences).filter((s) => q.answer.some((k) => overlapsMostly(s, k)));
  const share = num(q.points / q.answer.length);
  return {
    responses: [
      el(
        "qti-response-declaration",
        { identifier: "RESPONSE", cardinality: "multiple", "base-type": "identifier" },
        el("qti-correct-response", {}, hits.map((s) => value(sentenceId(s)))),
        el(
          "qti-mapping",
          { "lower-bound": 0, "upper-bound": q.points, "default-value": -share },
          hits.map((s) => el("qti-map-entry", { "map-key": sentenceId(s), "mapped-value": share })),
        ),
      ),
    ],
    body: [
      el(
        "qti-hottext-interaction",
        { "response-identifier": "RESPONSE", "max-choices": q.maxSelect ?? q.answer.length },
        el("qti-prompt", {}, raw(textToHtml(q.prompt))),
        paragraphs.map((para) => el("p", {}, para.sentences.map((s, i) => [el("qti-hottext", { identifier: sentenceId(s) }, raw(textToHtml(s.text))), i < para.sentences.length - 1 ? " " : null]))),
      ),
    ],
    processing: [mapped(["RESPONSE"])],
  };
}

function qtiItem(q: Question, quiz: QuizFile): string {
  const parts = itemParts(q, quiz.article.text);
  return xmlDocument(
    root(
      "qti-assessment-item",
      { identifier: toQtiId(q.id), title: q.prompt.slice(0, 256), adaptive: "false", "time-dependent": "false", "xml:lang": "en" },
      parts.responses,
      outcome("SCORE", "float", [0]),
      outcome("MAXSCORE", "float", [q.points]),
      outcome("FEEDBACK", "identifier"),
      outcome(RC.skill, "identifier", [q.skill]),
      outcome(RC.difficulty, "integer", [q.difficulty]),
      outcome(RC.evidence, "string", q.evidence.map((s) => `${s.start}-${s.end}`), "multiple"),
      parts.extraOutcomes ?? [],
      el("qti-assessment-stimulus-ref", { identifier: "article", href: "../article.xml", title: quiz.article.title.slice(0, 256) }),
      el("qti-item-body", {}, parts.body),
      el(
        "qti-response-processing",
        {},
        parts.processing,
        el("qti-set-outcome-value", { identifier: "FEEDBACK" }, base("identifier", "EXPLANATION")),
      ),
      el(
        "qti-modal-feedback",
        { "outcome-identifier": "FEEDBACK", identifier: "EXPLANATION", "show-hide": "show", title: "Explanation" },
        el("qti-content-body", {}, p(q.explanation)),
      ),
    ),
  );
}

/** The quiz as the files of a QTI 3.0 package; exportQuiz zips them. */
export function exportQti(quiz: QuizFile): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const items: { id: string; href: string }[] = [];
  for (const q of quiz.questions) {
    const xml = qtiItem(q, quiz);
    const href = `items/${toQtiId(q.id)}.xml`;
    files[href] = strToU8(xml);
    items.push({ id: toQtiId(q.id), href });
  }
  files["article.xml"] = strToU8(
    xmlDocument(
      root(
        "qti-assessment-stimulus",
        { identifier: "article", title: quiz.article.title.slice(0, 256), "xml:lang": "en" },
        el("qti-stimulus-body", {}, raw(articleToHtml(quiz.article.text))),
      ),
    ),
  );
  files["assessment.xml"] = strToU8(
    xmlDocument(
      root(
        "qti-assessment-test",
        { identifier: "test", title: quiz.title.slice(0, 256) },
        outcome("SCORE", "float", [0]),
        el(
          "qti-test-part",
          { identifier: "part", "navigation-mode": "nonlinear", "submission-mode": "simultaneous" },
          el(
            "qti-assessment-section",
            { identifier: "section", title: quiz.title.slice(0, 256), visible: "true" },
            items.map((it) => el("qti-assessment-item-ref", { identifier: it.id, href: it.href })),
          ),
        ),
        el(
          "qti-outcome-processing",
          {},
          el("qti-set-outcome-value", { identifier: "SCORE" }, el("qti-sum", {}, el("qti-test-variables", { "variable-identifier": "SCORE" }))),
        ),
      ),
    ),
  );
  files["imsmanifest.xml"] = strToU8(
    xmlDocument(
      el(
        "manifest",
        { xmlns: CP_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": `${CP_NS} ${CP_XSD}`, identifier: "MANIFEST" },
        el("metadata", {}, el("schema", {}, "QTI Package"), el("schemaversion", {}, "3.0.0")),
        el("organizations"),
        el(
          "resources",
          {},
          el("resource", { identifier: "RES_test", type: RESOURCE.test, href: "assessment.xml" }, el("file", { href: "assessment.xml" }), items.map((it) => el("dependency", { identifierref: `RES_${it.id}` }))),
          el("resource", { identifier: "RES_article", type: RESOURCE.stimulus, href: "article.xml" }, el("file", { href: "article.xml" })),
          items.map((it) =>
            el("resource", { identifier: `RES_${it.id}`, type: RESOURCE.item, href: it.href }, el("file", { href: it.href }), el("dependency", { identifierref: "RES_article" })),
          ),
        ),
      ),
    ),
  );
  return files;
}

export const zipFiles = (files: Record<string, Uint8Array>) => zipSync(files, { level: 6, mtime: new Date("2020-01-01T00:00:00Z") });
