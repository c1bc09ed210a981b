/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): every question type Moodle has that we can
 * map — multichoice, truefalse, shortanswer, numerical, matching, cloze (multianswer), the
 * ordering plugin's "ordering" — plus gapselect/ddwtos on import. The article travels as a
 * "description" question; skill, difficulty and evidence as question tags.
 */
import { BLANK_PATTERN, type Question, type QuizFile } from "@/lib/quiz/schema";
import { metaTags, QuestionCollector, readMetaTags, type Draft } from "./collect";
import { articleToHtml, htmlToText, textToHtml } from "./text";
import { unrepresentable } from "./capabilities";
import type { ImportedQuiz, Skipped } from "./types";
import { cdata, child, childElements, el, innerXml, parseXml, raw, textContent, xmlDocument, type XElement } from "./xml";
import { FormatError } from "./types";

const html = (text: string) => el("text", {}, cdata(textToHtml(text)));
const tags = (list: string[]) => el("tags", {}, list.map((t) => el("tag", {}, el("text", {}, t))));
const fraction = (n: number) => String(Number(n.toFixed(5)));

/** Cloze answers escape } # ~ / " \ with a backslash (Moodle's multianswer docs). */
const escapeCloze = (s: string) => textToHtml(s).replace(/[}#~/"\\]/g, (c) => `\\${c}`);

/** The quiz as Moodle XML; every question must be one Moodle can hold (capabilities.ts). */
export function exportMoodleXml(quiz: QuizFile): string {
  const questions = [];
  questions.push(
    el("question", { type: "category" }, el("category", {}, el("text", {}, `$course$/top/${quiz.title.replace(/\//g, "//")}`))),
    el(
      "question",
      { type: "description" },
      el("name", {}, el("text", {}, quiz.article.title)),
      el("questiontext", { format: "html" }, el("text", {}, cdata(articleToHtml(quiz.article.text)))),
      el("idnumber", {}, "rc-article"),
      tags(["rc-article"]),
    ),
  );
  for (const q of quiz.questions) {
    const body = moodleBody(q);
    const prompt = q.type === "blank" ? body.prompt : textToHtml(q.prompt);
    questions.push(
      el(
        "question",
        { type: body.type },
        el("name", {}, el("text", {}, q.id)),
        el("questiontext", { format: "html" }, el("text", {}, cdata(prompt ?? ""))),
        el("generalfeedback", { format: "html" }, html(q.explanation)),
        el("defaultgrade", {}, String(q.points)),
        el("penalty", {}, "0"),
        el("hidden", {}, "0"),
        el("idnumber", {}, q.id),
        body.parts,
        tags(metaTags(q, { points: false })),
      ),
    );
  }
  return xmlDocument(el("quiz", {}, questions));
}

type Body = { type: string; parts: ReturnType<typeof el>[]; prompt?: string };

function moodleBody(q: Question): Body {
  const answer = (f: number, text: string, extra: ReturnType<typeof el>[] = []) =>
    el("answer", { fraction: fraction(f), format: "html" }, html(text), el("feedback", { format: "html" }, el("text", {})), extra);
  switch (q.type) {
    case "single":
    case "multiple": {
      const single = q.type === "single";
      const keys = single ? [q.answer] : q.answer;
      const share = 100 / keys.length;
      return {
        type: "multichoice",
        parts: [
          el("single", {}, String(single)),
          el("shuffleanswers", {}, "true"),
          el("answernumbering", {}, "abc"),
          ...q.options.map((o) => answer(keys.includes(o.id) ? share : single ? 0 : -share, o.text)),
        ],
      };
    }
    case "truefalse":
      return {
        type: "truefalse",
        parts: [
          el("answer", { fraction: q.answer ? "100" : "0", format: "moodle_auto_format" }, el("text", {}, "true"), el("feedback", {}, el("text", {}))),
          el("answer", { fraction: q.answer ? "0" : "100", format: "moodle_auto_format" }, el("text", {}, "false"), el("feedback", {}, el("text", {}))),
        ],
      };
    case "numeric": {
      const units = q.unit ? [q.unit, ...q.unitAliases] : [];
      return {
        type: "numerical",
        parts: [
          el("answer", { fraction: "100", format: "moodle_auto_format" }, el("text", {}, String(q.answer)), el("tolerance", {}, String(q.tolerance)), el("feedback", {}, el("text", {}))),
          ...(units.length ? [el("units", {}, units.map((u) => el("unit", {}, el("multiplier", {}, "1"), el("unit_name", {}, u))))] : []),
          el("unitgradingtype", {}, "0"),
          el("unitpenalty", {}, "0"),
          el("showunits", {}, units.length ? "0" : "3"),
          el("unitsleft", {}, "0"),
        ],
      };
    }
    case "short":
      return { type: "shortanswer", parts: [el("usecase", {}, "0"), ...q.answer.map((a) => answer(100, a))] };
    case "blank": {
      const pieces = q.prompt.split(BLANK_PATTERN);
      const prompt = pieces
        .map((p, i) => textToHtml(p) + (i < q.answer.length ? `{1:SHORTANSWER:${q.answer[i]!.map((a) => `=${escapeCloze(a)}`).join("~")}}` : ""))
        .join("");
      return { type: "multianswer", parts: [], prompt };
    }
    case "ordering":
      return {
        type: "ordering",
        parts: [
          el("layouttype", {}, "VERTICAL"),
          el("selecttype", {}, "ALL"),
          el("selectcount", {}, "0"),
          // Every pair of items in the right relative order earns its share: Readcheck's rule.
          el("gradingtype", {}, "RELATIVE_ALL_PREVIOUS_AND_NEXT"),
          el("showgrading", {}, "SHOW"),
          el("numberingstyle", {}, "none"),
          ...q.answer.map((id, i) => answer(i + 1, q.items.find((it) => it.id === id)!.text)),
        ],
      };
    case "matching": {
      const used = new Set(Object.values(q.answer));
      return {
        type: "matching",
        parts: [
          el("shuffleanswers", {}, "true"),
          ...q.left.map((l) => el("subquestion", { format: "html" }, html(l.text), el("answer", {}, el("text", {}, q.right.find((r) => r.id === q.answer[l.id])!.text)))),
          // Moodle's distractors: a subquestion with no text.
          ...q.right.filter((r) => !used.has(r.id)).map((r) => el("subquestion", { format: "html" }, el("text", {}), el("answer", {}, el("text", {}, r.text)))),
        ],
      };
    }
    case "evidence":
      return unrepresentable("moodle", q);
  }
}

// ---------------------------------------------------------------------------------------------
// Import

type Read = { text: string; unsafe: boolean };

function readText(container: XElement | undefined): Read {
  if (!container) return { text: "", unsafe: false };
  const format = container.attrs.format ?? "html";
  const value = textContent(child(container, "text"));
  if (format === "plain_text" || format === "markdown") return { text: value.trim(), unsafe: false };
  const r = htmlToText(value);
  return { text: r.text, unsafe: r.unsafeRemoved };
}

export function importMoodleXml(source: string): { quiz: ImportedQuiz; skipped: Skipped[]; notes: string[] } {
  const root = parseXml(source);
  if (root.name !== "quiz") throw new FormatError("wrong_format", `This is XML, but not Moodle XML: its root element is <${root.name}>, not <quiz>.`);
  const c = new QuestionCollector();
  let title = "";
  let article: ImportedQuiz["article"] = null;
  for (const q of childElements(root, "question")) {
    const type = q.attrs.type ?? "";
    const name = textContent(child(child(q, "name"), "text")).trim() || undefined;
    const original = innerXml({ ...q, children: [q] });
    if (type === "category") {
      const path = textContent(child(child(q, "category"), "text"));
      title = (path.split(/(?<!\/)\/(?!\/)/).at(-1) ?? "").replace(/\/\//g, "/").trim() || title;
      continue;
    }
    const tagList = childElements(child(q, "tags") ?? { name: "", attrs: {}, children: [] }, "tag").map((t) => textContent(child(t, "text")));
    const meta = readMetaTags(tagList);
    const prompt = readText(child(q, "questiontext"));
    if (type === "description") {
      if (!article && prompt.text) {
        article = { title: name ?? "Article", text: prompt.text };
        if (prompt.unsafe) c.note("Unsafe HTML (scripts, styles, links or images) was removed from the article.");
      } else c.skip({ name, original, reason: "A description holds no question." });
      continue;
    }
    const feedback = readText(child(q, "generalfeedback"));
    if (prompt.unsafe || feedback.unsafe) c.note("Unsafe HTML (scripts, styles, links or images) was removed from question text.");
    const grade = Number(textContent(child(q, "defaultgrade")));
    const common = {
      prompt: prompt.text,
      explanation: feedback.text,
      ...(Number.isFinite(grade) && grade > 0 ? { points: grade } : {}),
      ...(meta.skill ? { skill: meta.skill } : {}),
      ...(meta.difficulty ? { difficulty: meta.difficulty } : {}),
      evidence: meta.evidence,
    };
    const draft = moodleDraft(type, q, common, c);
    if (!draft) {
      c.skip({ name, original, reason: `Readcheck has no equivalent of Moodle's "${type}" question.` });
      continue;
    }
    const idnumber = textContent(child(q, "idnumber")).trim();
    c.add(draft, { name, id: idnumber || name, original });
  }
  return { quiz: { title: title || article?.title || "Imported quiz", article, questions: c.questions }, skipped: c.skipped, notes: c.notes };
}

const answersOf = (q: XElement) =>
  childElements(q, "answer").map((a) => ({ fraction: Number(a.attrs.fraction ?? "0"), el: a, text: readText(a).text }));

function moodleDraft(type: string, q: XElement, common: Record<string, unknown>, c: QuestionCollector): Draft | null {
  switch (type) {
    case "multichoice": {
      const answers = answersOf(q);
      const options = answers.map((a, i) => ({ id: `o${i + 1}`, text: a.text }));
      const single = textContent(child(q, "single")).trim() !== "false";
      if (single) {
        const best = answers.findIndex((a) => a.fraction >= 100);
        if (answers.some((a) => a.fraction > 0 && a.fraction < 100)) c.note("Partial credit on single-choice options is dropped: only the 100% option is right.");
        return { ...common, type: "single", options, answer: best >= 0 ? `o${best + 1}` : "" };
      }
      const answer = options.filter((_, i) => answers[i]!.fraction > 0).map((o) => o.id);
      const share = 100 / Math.max(1, answer.length);
      if (!answers.every((a, i) => Math.abs(a.fraction - (answer.includes(`o${i + 1}`) ? share : -share)) < 0.01)) {
        c.note("Some multiple-answer fractions differ from Readcheck's rule (each right option +1/k, each wrong −1/k): those questions are scored by Readcheck's rule.");
      }
      return { ...common, type: "multiple", options, answer };
    }
    case "truefalse": {
      const right = answersOf(q).find((a) => a.fraction >= 100);
      return { ...common, type: "truefalse", answer: right ? right.text.trim().toLowerCase() === "true" : true };
    }
    case "numerical": {
      const right = answersOf(q).find((a) => a.fraction >= 100);
      if (!right) return null;
      const units = childElements(child(q, "units") ?? { name: "", attrs: {}, children: [] }, "unit")
        .filter((u) => Number(textContent(child(u, "multiplier")) || "1") === 1)
        .map((u) => textContent(child(u, "unit_name")).trim())
        .filter(Boolean);
      const value = textContent(child(right.el, "text")).trim();
      return {
        ...common,
        type: "numeric",
        answer: value === "*" ? Number.NaN : Number(value),
        tolerance: Number(textContent(child(right.el, "tolerance")) || "0"),
        ...(units.length ? { unit: units[0] } : {}),
        unitAliases: units.slice(1),
      };
    }
    case "shortanswer": {
      const answers = answersOf(q);
      if (answers.some((a) => a.fraction > 0 && a.fraction < 100)) c.note("Short answers with partial credit keep only the fully correct answers.");
      return { ...common, type: "short", answer: answers.filter((a) => a.fraction >= 100).map((a) => a.text) };
    }
    case "matching": {
      const subs = childElements(q, "subquestion").map((s) => ({ left: readText(s).text, right: textContent(child(child(s, "answer"), "text")).trim() }));
      const rightTexts = [...new Set(subs.map((s) => s.right).filter(Boolean))];
      const right = rightTexts.map((text, i) => ({ id: `r${i + 1}`, text }));
      const pairs = subs.filter((s) => s.left);
      const left = pairs.map((s, i) => ({ id: `l${i + 1}`, text: s.left }));
      const answer = Object.fromEntries(pairs.map((s, i) => [`l${i + 1}`, `r${rightTexts.indexOf(s.right) + 1}`]));
      return { ...common, type: "matching", left, right, answer };
    }
    case "ordering": {
      const answers = answersOf(q).sort((a, b) => a.fraction - b.fraction);
      const grading = textContent(child(q, "gradingtype")).trim();
      if (grading && grading !== "RELATIVE_ALL_PREVIOUS_AND_NEXT") c.note(`Ordering graded "${grading}" in Moodle is scored by Readcheck's rule (share of pairs in the right order).`);
      const items = answers.map((a, i) => ({ id: `i${i + 1}`, text: a.text }));
      return { ...common, type: "ordering", items, answer: items.map((i) => i.id) };
    }
    case "multianswer":
      return clozeDraft(textContent(child(child(q, "questiontext"), "text")), common, c);
    case "gapselect":
    case "ddwtos": {
      // [[n]] is a gap whose right answer is choice n; the choices become typed answers.
      const choices = childElements(q, type === "gapselect" ? "selectoption" : "dragbox").map((s) => htmlToText(textContent(child(s, "text"))).text);
      const answer: string[][] = [];
      const prompt = String(common.prompt).replace(/\[\[(\d+)\]\]/g, (_, n: string) => {
        answer.push([choices[Number(n) - 1] ?? ""]);
        return "___";
      });
      c.note("Select-the-missing-word and drag-into-text questions become typed blanks: their choice lists are dropped.");
      return { ...common, type: "blank", prompt, answer };
    }
    default:
      return null;
  }
}

/**
 * Moodle's embedded-answer (cloze) syntax: {weight:TYPE:=right#feedback~%50%partial}. Short
 * answers become blanks; a multiple-choice or numerical gap becomes a blank whose answer is the
 * right choice (noted).
 */
function clozeDraft(sourceHtml: string, common: Record<string, unknown>, c: QuestionCollector): Draft | null {
  let textHtml = "";
  const answer: string[][] = [];
  let i = 0;
  while (i < sourceHtml.length) {
    const open = sourceHtml.indexOf("{", i);
    if (open < 0) {
      textHtml += sourceHtml.slice(i);
      break;
    }
    let close = open + 1;
    while (close < sourceHtml.length && sourceHtml[close] !== "}") close += sourceHtml[close] === "\\" ? 2 : 1;
    const inner = sourceHtml.slice(open + 1, close);
    const m = /^(\d*):([A-Z_]+):([\s\S]*)$/.exec(inner);
    if (!m || close >= sourceHtml.length) {
      textHtml += sourceHtml.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    textHtml += `${sourceHtml.slice(i, open)}___`;
    const kind = m[2]!;
    if (!/^(SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC)$/.test(kind)) c.note("Cloze gaps that are multiple-choice or numerical become typed blanks with the right answer as the key.");
    const alternatives = splitUnescaped(m[3]!, "~")
      .map((alt) => alt.trim())
      .filter((alt) => alt.startsWith("=") || /^%100%/.test(alt))
      .map((alt) => htmlToText(unescapeCloze(splitUnescaped(alt.replace(/^=|^%100%/, ""), "#")[0]!)).text)
      .filter(Boolean);
    answer.push(alternatives);
    i = close + 1;
  }
  if (!answer.length) return null;
  return { ...common, prompt: htmlToText(textHtml).text, type: "blank", answer };
}

function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      cur += s[i]! + s[i + 1]!;
      i++;
    } else if (s[i] === sep) {
      parts.push(cur);
      cur = "";
    } else cur += s[i];
  }
  parts.push(cur);
  return parts;
}

const unescapeCloze = (s: string) => s.replace(/\\(.)/g, "$1");
