/**
 * Reading QTI 3.0: a content package (imsmanifest.xml → the test's item order, else the manifest's
 * item resources) or a single qti-assessment-item file. Each item is mapped by its interaction;
 * an item we cannot grade (extended text, several interaction kinds) is skipped with its XML.
 */
import { QuestionCollector, type Draft } from "./collect";
import { htmlToText } from "./text";
import { FormatError, type ImportedQuiz, type Skipped } from "./types";
import { child, childElements, descendants, innerXml, isElement, parseXml, textContent, type XElement, type XNode } from "./xml";
import { fromQtiId, RC, RESOURCE } from "./qti-shared";

const INTERACTIONS = [
  "qti-choice-interaction",
  "qti-text-entry-interaction",
  "qti-extended-text-interaction",
  "qti-order-interaction",
  "qti-match-interaction",
  "qti-gap-match-interaction",
  "qti-inline-choice-interaction",
  "qti-hottext-interaction",
  "qti-associate-interaction",
  "qti-hotspot-interaction",
  "qti-upload-interaction",
  "qti-slider-interaction",
];

function resolve(from: string, href: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const seg of href.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

type Found = { title: string; article: ImportedQuiz["article"]; items: { path: string; xml: string }[] };

/** The items of a package in test order, and its shared stimulus as the article. */
function fromPackage(files: Map<string, string>, c: QuestionCollector): Found {
  const manifestPath = [...files.keys()].filter((k) => /(^|\/)imsmanifest\.xml$/i.test(k)).sort((a, b) => a.length - b.length)[0];
  if (!manifestPath) throw new FormatError("wrong_format", "This zip has no imsmanifest.xml, so it is not a QTI content package.");
  const manifest = parseXml(files.get(manifestPath)!);
  const resources = descendants(manifest, "resource");
  const byType = (t: string) => resources.filter((r) => r.attrs.type === t);
  if (!byType(RESOURCE.item).length && !byType(RESOURCE.test).length) {
    const types = [...new Set(resources.map((r) => r.attrs.type).filter(Boolean))].join(", ");
    throw new FormatError("wrong_format", `This package has no QTI 3.0 items${types ? ` (it lists: ${types.slice(0, 200)})` : ""}. Readcheck reads QTI 3.0 only.`);
  }
  let title = "";
  let order: string[] = [];
  const test = byType(RESOURCE.test)[0];
  if (test?.attrs.href) {
    const testPath = resolve(manifestPath, test.attrs.href);
    const testXml = files.get(testPath);
    if (testXml) {
      const doc = parseXml(testXml);
      title = doc.attrs.title ?? "";
      order = descendants(doc, "qti-assessment-item-ref").map((r) => resolve(testPath, r.attrs.href ?? ""));
    }
  }
  if (!order.length) order = byType(RESOURCE.item).map((r) => resolve(manifestPath, r.attrs.href ?? ""));
  const items = order.flatMap((path) => {
    const xml = files.get(path);
    if (xml === undefined) {
      c.skip({ original: path, reason: `The package lists ${path}, but the file is missing.` });
      return [];
    }
    return [{ path, xml }];
  });
  let article: ImportedQuiz["article"] = null;
  const stimulus = byType(RESOURCE.stimulus)[0];
  const stimulusXml = stimulus?.attrs.href ? files.get(resolve(manifestPath, stimulus.attrs.href)) : undefined;
  if (stimulusXml) article = readStimulus(parseXml(stimulusXml), c);
  return { title, article, items };
}

function readStimulus(doc: XElement, c: QuestionCollector): ImportedQuiz["article"] {
  if (doc.name !== "qti-assessment-stimulus") return null;
  const { text, unsafeRemoved } = htmlToText(innerXml(child(doc, "qti-stimulus-body") ?? doc));
  if (unsafeRemoved) c.note("Unsafe HTML (scripts, styles, links or images) was removed from the article.");
  return text ? { title: (doc.attrs.title ?? "").trim() || "Article", text } : null;
}

export function importQti(input: { files: Map<string, string> } | { xml: string }): { quiz: ImportedQuiz; skipped: Skipped[]; notes: string[] } {
  const c = new QuestionCollector();
  let found: Found;
  if ("files" in input) found = fromPackage(input.files, c);
  else {
    const doc = parseXml(input.xml);
    if (doc.name !== "qti-assessment-item") throw new FormatError("wrong_format", `This XML is not a QTI 3.0 item: its root is <${doc.name}>.`);
    found = { title: doc.attrs.title ?? "", article: null, items: [{ path: "item.xml", xml: input.xml }] };
  }
  for (const item of found.items) {
    let doc: XElement;
    try {
      doc = parseXml(item.xml);
    } catch (err) {
      c.skip({ name: item.path, original: item.xml, reason: (err as Error).message });
      continue;
    }
    if (doc.name !== "qti-assessment-item") {
      c.skip({ name: item.path, original: item.xml, reason: `Not a QTI 3.0 item (root <${doc.name}>).` });
      continue;
    }
    const draft = itemDraft(doc, c, found.article?.text ?? "");
    const name = fromQtiId(doc.attrs.identifier ?? "") || undefined;
    if (typeof draft === "string") c.skip({ name, original: item.xml, reason: draft });
    else c.add(draft, { name, original: item.xml });
  }
  return { quiz: { title: found.title || found.article?.title || "Imported quiz", article: found.article, questions: c.questions }, skipped: c.skipped, notes: c.notes };
}

type Declaration = { cardinality: string; baseType: string; correct: string[]; mapping: { key: string; value: number }[] };

function declarations(doc: XElement): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const d of childElements(doc, "qti-response-declaration")) {
    out.set(d.attrs.identifier ?? "", {
      cardinality: d.attrs.cardinality ?? "single",
      baseType: d.attrs["base-type"] ?? "identifier",
      correct: childElements(child(d, "qti-correct-response") ?? d, "qti-value").map((v) => textContent(v).trim()),
      mapping: childElements(child(d, "qti-mapping") ?? { name: "", attrs: {}, children: [] }, "qti-map-entry").map((e) => ({
        key: e.attrs["map-key"] ?? "",
        value: Number(e.attrs["mapped-value"] ?? "0"),
      })),
    });
  }
  return out;
}

function outcomeDefaults(doc: XElement, id: string): string[] {
  const d = childElements(doc, "qti-outcome-declaration").find((o) => o.attrs.identifier === id);
  return d ? childElements(child(d, "qti-default-value") ?? d, "qti-value").map((v) => textContent(v).trim()) : [];
}

const html = (el: XElement | undefined, skip?: (e: XElement) => boolean) => (el ? htmlToText(innerXml(el, skip)) : { text: "", unsafeRemoved: false });

/** A draft question, or the reason the item cannot be one. */
function itemDraft(doc: XElement, c: QuestionCollector, articleText: string): Draft | string {
  const body = child(doc, "qti-item-body");
  if (!body) return "The item has no qti-item-body.";
  const found = INTERACTIONS.flatMap((name) => descendants(body, name));
  const kinds = [...new Set(found.map((f) => f.name))];
  if (!found.length) return "The item has no interaction a student could answer.";
  if (kinds.length > 1) return `The item mixes ${kinds.join(" and ")}; Readcheck questions have one kind of answer.`;
  const decls = declarations(doc);
  const points = Number(outcomeDefaults(doc, "MAXSCORE")[0] ?? "1");
  const skill = outcomeDefaults(doc, RC.skill)[0];
  const difficulty = Number(outcomeDefaults(doc, RC.difficulty)[0] ?? "2");
  const evidence = outcomeDefaults(doc, RC.evidence).flatMap((v) => {
    const m = /^(\d+)-(\d+)$/.exec(v);
    return m && Number(m[2]) > Number(m[1]) ? [{ start: Number(m[1]), end: Number(m[2]) }] : [];
  });
  const feedback = html(childElements(doc, "qti-modal-feedback")[0] ?? descendants(body, "qti-feedback-block")[0]);
  const isInteraction = (e: XElement) => INTERACTIONS.includes(e.name) || e.name === "qti-feedback-block" || e.name === "qti-rubric-block";
  const common = {
    explanation: feedback.text,
    ...(points > 0 && Number.isFinite(points) ? { points } : {}),
    ...(skill ? { skill } : {}),
    ...(difficulty >= 1 && difficulty <= 3 ? { difficulty } : {}),
    evidence,
  };
  const kind = kinds[0]!;
  const first = found[0]!;
  const decl = decls.get(first.attrs["response-identifier"] ?? "");
  // Text before and around the interaction, plus its own qti-prompt.
  const lead = html(body, isInteraction).text;
  const promptOf = (interaction: XElement) => [lead, html(child(interaction, "qti-prompt")).text].filter(Boolean).join("\n\n");
  if (html(body).unsafeRemoved || feedback.unsafeRemoved) c.note("Unsafe HTML (scripts, styles, links or images) was removed from question text.");
  const choiceList = (interaction: XElement, name: string) =>
    descendants(interaction, name).map((s) => ({ id: fromQtiId(s.attrs.identifier ?? ""), text: html(s).text }));
  switch (kind) {
    case "qti-choice-interaction": {
      if (found.length > 1) return "The item has several choice interactions.";
      const options = choiceList(first, "qti-simple-choice");
      const correct = (decl?.correct ?? []).map(fromQtiId);
      const prompt = promptOf(first);
      const ids = options.map((o) => o.id).sort().join(",");
      if (ids === "false,true" && Number(first.attrs["max-choices"] ?? "1") === 1) return { ...common, prompt, type: "truefalse", answer: correct[0] === "true" };
      if (Number(first.attrs["max-choices"] ?? "1") === 1 && decl?.cardinality !== "multiple") return { ...common, prompt, type: "single", options, answer: correct[0] ?? "" };
      const keys = correct.length ? correct : (decl?.mapping ?? []).filter((m) => m.value > 0).map((m) => fromQtiId(m.key));
      return { ...common, prompt, type: "multiple", options, answer: keys };
    }
    case "qti-text-entry-interaction": {
      const ids = found.map((f) => f.attrs["response-identifier"] ?? "");
      const accepted = (id: string) => {
        const d = decls.get(id);
        const mapped = (d?.mapping ?? []).filter((m) => m.value > 0).map((m) => m.key);
        return [...new Set([...(d?.correct ?? []), ...mapped])].filter(Boolean);
      };
      if (found.length === 1 && decl && (decl.baseType === "float" || decl.baseType === "integer")) {
        const equal = descendants(child(doc, "qti-response-processing") ?? doc, "qti-equal")[0];
        const tol = Number((equal?.attrs.tolerance ?? "0").split(/\s+/)[0]);
        const unit = unitBeside(body, first);
        const aliases = outcomeDefaults(doc, RC.unitAliases);
        return {
          ...common,
          prompt: html(body, (e) => isInteraction(e) || paragraphOf(e, first)).text,
          type: "numeric",
          answer: Number(decl.correct[0]),
          tolerance: equal?.attrs["tolerance-mode"] === "absolute" && Number.isFinite(tol) ? tol : 0,
          ...(unit ? { unit } : {}),
          unitAliases: aliases,
        };
      }
      // An entry alone in its paragraph below a question is an answer box (short); entries inside
      // text are blanks, and so is an entry with no text at all (a gap-fill whose prompt is "___").
      const question = html(body, isInteraction).text;
      if (found.length === 1 && aloneInParagraph(body, first) && question) {
        return { ...common, prompt: question, type: "short", answer: accepted(ids[0]!) };
      }
      const prompt = htmlToText(
        replaceElements(body, (e) => e.name === "qti-text-entry-interaction", (e) => e.name === "qti-feedback-block" || e.name === "qti-rubric-block"),
      ).text;
      return { ...common, prompt, type: "blank", answer: ids.map(accepted) };
    }
    case "qti-order-interaction": {
      const items = choiceList(first, "qti-simple-choice");
      return { ...common, prompt: promptOf(first), type: "ordering", items, answer: (decl?.correct ?? []).map(fromQtiId) };
    }
    case "qti-match-interaction": {
      const sets = childElements(first, "qti-simple-match-set");
      if (sets.length !== 2) return "A match interaction needs two sets of choices.";
      const [left, right] = sets.map((s) => choiceList(s, "qti-simple-associable-choice")) as [Choice[], Choice[]];
      const pairs = decl?.correct.length ? decl.correct : (decl?.mapping ?? []).filter((m) => m.value > 0).map((m) => m.key);
      const answer = Object.fromEntries(pairs.map((pair) => pair.split(/\s+/).map(fromQtiId) as [string, string]));
      return { ...common, prompt: promptOf(first), type: "matching", left, right, answer };
    }
    case "qti-gap-match-interaction":
    case "qti-inline-choice-interaction":
      return gapDraft(doc, body, kind, found, decls, common, c);
    case "qti-hottext-interaction":
      return hottextDraft(first, decl, common, promptOf(first), articleText);
    default:
      return `Readcheck has no question that a ${kind.replace(/^qti-|-interaction$/g, "")} interaction maps to (no key it could grade).`;
  }
}

type Choice = { id: string; text: string };

const paragraphOf = (candidate: XElement, entry: XElement) => candidate.name === "p" && descendants(candidate, entry.name).includes(entry);

function aloneInParagraph(body: XElement, entry: XElement): boolean {
  const para = descendants(body, "p").find((p) => descendants(p, entry.name).includes(entry));
  if (!para) return true;
  return htmlToText(innerXml(para, (e) => e === entry)).text === "";
}

function unitBeside(body: XElement, entry: XElement): string {
  const para = descendants(body, "p").find((p) => descendants(p, entry.name).includes(entry));
  return para ? htmlToText(innerXml(para, (e) => e === entry)).text : "";
}

/** Gap-match and inline-choice become typed blanks whose key is the right choice's text. */
function gapDraft(
  doc: XElement,
  body: XElement,
  kind: string,
  found: XElement[],
  decls: Map<string, Declaration>,
  common: Record<string, unknown>,
  c: QuestionCollector,
): Draft | string {
  c.note("Gap-match and inline-choice questions become typed blanks: their choice lists are dropped.");
  if (kind === "qti-inline-choice-interaction") {
    const answer = found.map((f) => {
      const right = decls.get(f.attrs["response-identifier"] ?? "")?.correct[0];
      const choice = descendants(f, "qti-inline-choice").find((ch) => ch.attrs.identifier === right);
      return choice ? [htmlToText(innerXml(choice)).text] : [];
    });
    const prompt = htmlToText(replaceElements(body, (e) => e.name === kind)).text;
    return { ...common, prompt, type: "blank", answer };
  }
  const interaction = found[0]!;
  const texts = new Map(descendants(interaction, "qti-gap-text").map((g) => [g.attrs.identifier ?? "", htmlToText(innerXml(g)).text]));
  const decl = decls.get(interaction.attrs["response-identifier"] ?? "");
  const byGap = new Map((decl?.correct ?? []).map((pair) => pair.split(/\s+/)).map(([text, gap]) => [gap ?? "", texts.get(text ?? "") ?? ""]));
  const gaps = descendants(interaction, "qti-gap").map((g) => g.attrs.identifier ?? "");
  const prompt = htmlToText(replaceElements(interaction, (e) => e.name === "qti-gap", (e) => e.name === "qti-gap-text" || e.name === "qti-prompt")).text;
  void doc;
  return { ...common, prompt, type: "blank", answer: gaps.map((g) => (byGap.get(g) ? [byGap.get(g)!] : [])) };
}

/** Markup with every element matching `blank` written as ___ and `drop` removed. */
function replaceElements(el: XElement, blank: (e: XElement) => boolean, drop: (e: XElement) => boolean = () => false): string {
  const walk = (nodes: XNode[]): XNode[] =>
    nodes.flatMap((n): XNode[] => (!isElement(n) ? [n] : drop(n) ? [] : blank(n) ? [{ text: "___" }] : [{ ...n, children: walk(n.children) }]));
  return innerXml({ ...el, children: walk(el.children) });
}

/**
 * Hottext back to the evidence type. The key is the spans of the right sentences: named by their
 * span (S_start_end) in our own exports, and found by their text in the package's article when
 * another system wrote the item over its stimulus.
 */
function hottextDraft(
  interaction: XElement,
  decl: Declaration | undefined,
  common: { evidence: { start: number; end: number }[] },
  prompt: string,
  articleText: string,
): Draft | string {
  const correct = decl?.correct ?? [];
  const ours = correct.map((id) => /^S_(\d+)_(\d+)$/.exec(id)).filter((m) => m !== null);
  const spans =
    ours.length === correct.length
      ? ours.map((m) => ({ start: Number(m[1]), end: Number(m[2]) }))
      : spansInArticle(interaction, correct, articleText);
  if (!spans || !spans.length) return "The hottext item's key does not name sentences Readcheck can find in the article (a hottext item needs the passage as the package's stimulus).";
  const max = Number(interaction.attrs["max-choices"] ?? "0");
  return { ...common, prompt, type: "evidence", answer: spans, evidence: common.evidence.length ? common.evidence : spans, ...(max > 0 ? { maxSelect: max } : {}) };
}

/** The key hottexts' texts located in the article, or null when one is not there. */
function spansInArticle(interaction: XElement, correct: string[], articleText: string): { start: number; end: number }[] | null {
  const texts = new Map(descendants(interaction, "qti-hottext").map((h) => [h.attrs.identifier ?? "", htmlToText(innerXml(h)).text]));
  const spans = correct.map((id) => {
    const text = texts.get(id);
    const start = text ? articleText.indexOf(text) : -1;
    return start < 0 ? null : { start, end: start + text!.length };
  });
  return spans.every((s) => s !== null) ? spans.sort((a, b) => a.start - b.start) : null;
}
