/**
 * What each format can hold of each question type, stated once. The export report takes its
 * losses from here (index.ts), the import report its notes, the editor's export panel its list,
 * and README's and docs/formats.md's tables are checked against it; capabilities.test.ts
 * round-trips every (format, type) pair to hold each claim to what actually happens.
 * Pure: imports nothing but the quiz model, so the browser can use it too.
 */
import { countBlanks, QUESTION_TYPES, type Question, type QuestionType } from "@/lib/quiz/schema";
import { splitSentences } from "@/lib/quiz/article-segments";
import { TYPE_LABELS } from "@/lib/quiz/editing";
import { FORMAT_NAMES, type FormatId } from "./types";

/**
 * exact: comes back the same (prompt, options, key, points, explanation, evidence, skill,
 * difficulty) and the other system scores it as Readcheck does. approximated: kept, but something
 * is lost or scored differently (the message says what). none: the format cannot hold it.
 */
export type Fidelity = "exact" | "approximated" | "none";

/** Parts of a question (as lib/formats/roundtrip.ts `keyView` sees it) a format may not carry. */
export type QuestionPart = "key" | "unit" | "unitAliases" | "distractors" | "shownOrder" | "explanation" | "evidence" | "points" | "skill" | "difficulty";

type Limit = {
  /** The questions it applies to, in words, for the tables. */
  when: string;
  applies: (q: Question, articleText: string) => boolean;
  fidelity: "approximated" | "none";
  message: string;
  lost?: QuestionPart[];
};

export type Capability = {
  /** What the question becomes in the file. */
  as: string;
  fidelity: Fidelity;
  /** Why it is approximated or not representable; the sentence the reports show. */
  message?: string;
  lost?: QuestionPart[];
  /** Further losses for some questions of the type only. */
  limits?: Limit[];
};

const EXACT = (as: string): Capability => ({ as, fidelity: "exact" });
const none = (message: string): Capability => ({ as: "—", fidelity: "none", message });

const MOODLE_TEXT_MATCH = "Moodle compares typed answers ignoring case only; Readcheck also ignores accents, punctuation and a leading article.";
const QTI_TEXT_MATCH = "QTI compares typed answers exactly or ignoring case; Readcheck also ignores accents, punctuation and a leading article.";
const NO_EVIDENCE_TYPE = "has no question where the student selects sentences in the article; export as QTI to keep it (hottext).";
const hasUnit = (q: Question) => q.type === "numeric" && Boolean(q.unit);
/** Unit aliases mean nothing without the unit: Moodle XML and GIFT have nowhere to put them then. */
const STRAY_ALIASES: Limit = {
  when: "with unit aliases but no unit",
  applies: (q) => q.type === "numeric" && !q.unit && q.unitAliases.length > 0,
  fidelity: "approximated",
  message: "Unit aliases without a unit are left out.",
  lost: ["unitAliases"],
};
/** The hottext choices are the article's sentences, so a key must be whole sentences to survive. */
const keyNotSentences = (q: Question, articleText: string) => {
  if (q.type !== "evidence") return false;
  const sentences = new Set(splitSentences(articleText).map((s) => `${s.start}:${s.end}`));
  return q.answer.some((a) => !sentences.has(`${a.start}:${a.end}`));
};
const usedRight = (q: Question) => (q.type === "matching" ? new Set(Object.values(q.answer)) : new Set<string>());

const AIKEN_KEEPS = {
  message: "Aiken keeps only the question, its options and the key: no explanation, evidence, points, skill or difficulty.",
  lost: ["explanation", "evidence", "points", "skill", "difficulty"] as QuestionPart[],
};

export const CAPABILITIES: Record<FormatId, Record<QuestionType, Capability>> = {
  json: Object.fromEntries(QUESTION_TYPES.map((t) => [t, EXACT("the same question")])) as Record<QuestionType, Capability>,
  qti: {
    single: EXACT("`qti-choice-interaction` max-choices 1, match-correct"),
    multiple: EXACT("`qti-choice-interaction` max-choices 0, mapping ±points/k, lower bound 0"),
    truefalse: EXACT("`qti-choice-interaction` over `true` / `false`"),
    numeric: {
      ...EXACT("float `qti-text-entry-interaction`, `qti-equal` absolute tolerance"),
      limits: [{ when: "with a unit", applies: hasUnit, fidelity: "approximated", message: "A QTI float response holds no unit: it is shown beside the box, and a response typed with it is not accepted." }],
    },
    short: { as: "string `qti-text-entry-interaction`, case-insensitive mapping of every accepted answer", fidelity: "approximated", message: QTI_TEXT_MATCH },
    blank: { as: "one `qti-text-entry-interaction` per blank in the sentence, points/n each", fidelity: "approximated", message: QTI_TEXT_MATCH },
    ordering: {
      as: "`qti-order-interaction`, ordered correct response",
      fidelity: "approximated",
      message: "QTI has no pair-by-pair credit: a QTI system scores ordering all or nothing, Readcheck by the share of pairs in the right order.",
    },
    matching: EXACT("`qti-match-interaction`, directedPair mapping points/n per pair"),
    evidence: {
      ...EXACT("`qti-hottext-interaction`, each article sentence a `qti-hottext`, mapping ±points/k, lower bound 0"),
      limits: [
        {
          when: "whose key is not whole sentences",
          applies: keyNotSentences,
          fidelity: "approximated",
          message: "QTI hottext offers the article's sentences: a key span that is not one whole sentence becomes the sentences it mostly covers.",
          lost: ["key"],
        },
      ],
    },
  },
  moodle: {
    single: EXACT("`multichoice` single, 100 % / 0 %"),
    multiple: EXACT("`multichoice` multiple, fractions ±100/k"),
    truefalse: EXACT("`truefalse`"),
    numeric: {
      ...EXACT("`numerical` with tolerance"),
      limits: [{ when: "with a unit", applies: hasUnit, fidelity: "approximated", message: "Moodle reads the unit and its aliases as units with multiplier 1, answered as optional; it spells plural units only as listed." }, STRAY_ALIASES],
    },
    short: { as: "`shortanswer`, every answer 100 %, case-insensitive", fidelity: "approximated", message: MOODLE_TEXT_MATCH },
    blank: { as: "`multianswer` (cloze), one `{1:SHORTANSWER:=a~=b}` per blank", fidelity: "approximated", message: MOODLE_TEXT_MATCH },
    ordering: {
      as: "`ordering` (Moodle 4.4+, a plugin before), grading `RELATIVE_ALL_PREVIOUS_AND_NEXT`",
      fidelity: "approximated",
      message: "Moodle shows ordering items shuffled, so the order they were shown in is not kept (the key and pair-by-pair scoring are).",
      lost: ["shownOrder"],
    },
    matching: EXACT("`matching`; distractors as subquestions with no text"),
    evidence: none(`Moodle ${NO_EVIDENCE_TYPE}`),
  },
  gift: {
    single: EXACT("`{=right ~wrong}`"),
    multiple: EXACT("`{~%50%a ~%-50%b}`, fractions ±100/k"),
    truefalse: EXACT("`{T}` / `{F}`"),
    numeric: {
      ...EXACT("`{#answer:tolerance}`"),
      limits: [{ when: "with a unit", applies: hasUnit, fidelity: "approximated", message: "GIFT numbers have no unit: it is not part of the key, and an answer typed with it is not accepted.", lost: ["unit", "unitAliases"] }, STRAY_ALIASES],
    },
    short: { as: "`{=a =b}`", fidelity: "approximated", message: MOODLE_TEXT_MATCH },
    blank: {
      as: "short answer whose text shows the ___: `before ___ after {=a =b}`",
      fidelity: "approximated",
      message: MOODLE_TEXT_MATCH,
      limits: [
        {
          when: "with more than one blank",
          applies: (q) => countBlanks(q.prompt) > 1,
          fidelity: "none",
          message: "GIFT holds one blank per question; export as Moodle XML (cloze) or QTI to keep more.",
        },
      ],
    },
    ordering: none("GIFT has no ordering question; export as Moodle XML or QTI to keep it."),
    matching: {
      ...EXACT("`{=left -> right}`"),
      limits: [
        {
          when: "where two left items share a right one",
          applies: (q) => q.type === "matching" && usedRight(q).size < Math.max(2, q.left.length),
          fidelity: "none",
          message: "GIFT matching lists only the right-hand items in use, fewer here than the left-hand items; export as Moodle XML or QTI to keep it.",
        },
        {
          when: "with distractors",
          applies: (q) => q.type === "matching" && q.right.length > usedRight(q).size,
          fidelity: "approximated",
          message: "GIFT matching has no distractors: right-hand choices no left item matches are left out.",
          lost: ["distractors"],
        },
      ],
    },
    evidence: none(`GIFT ${NO_EVIDENCE_TYPE}`),
  },
  aiken: {
    ...(Object.fromEntries(QUESTION_TYPES.map((t) => [t, none("Aiken holds single-choice questions only.")])) as Record<QuestionType, Capability>),
    single: { as: "the question, lettered options, `ANSWER:`", fidelity: "approximated", ...AIKEN_KEEPS },
  },
};

/** What a format keeps of the quiz around its questions, said once per export. */
export const QUIZ_LEVEL_LOSSES: Record<FormatId, { always?: string; extras?: string }> = {
  json: {},
  qti: { extras: "QTI keeps the article's title and text but not its source, link, date or licence, nor the quiz description." },
  moodle: { extras: "Moodle XML keeps the article's title and text (as a description question) but not its source, link, date or licence, nor the quiz description." },
  gift: { extras: "GIFT keeps the article's title and text (as a description) but not its source, link, date or licence, nor the quiz description." },
  aiken: { always: "Aiken holds no article and no quiz title: the import asks for the article again." },
};

export type Assessment = { fidelity: Fidelity; messages: string[]; lost: QuestionPart[] };

const RANK: Record<Fidelity, number> = { exact: 0, approximated: 1, none: 2 };

/** What `format` does with this particular question: the cell, and the limits that apply to it. */
export function assess(format: FormatId, q: Question, articleText: string): Assessment {
  const cell = CAPABILITIES[format][q.type];
  const applying = (cell.limits ?? []).filter((l) => l.applies(q, articleText));
  const parts = [cell, ...applying].filter((p) => p.fidelity !== "exact");
  const worst = parts.reduce<Fidelity>((w, p) => (RANK[p.fidelity] > RANK[w] ? p.fidelity : w), "exact");
  // Not representable says only why; the approximations of a dropped question do not matter.
  const shown = worst === "none" ? parts.filter((p) => p.fidelity === "none") : parts;
  return { fidelity: worst, messages: shown.map((p) => p.message!), lost: worst === "none" ? [] : shown.flatMap((p) => p.lost ?? []) };
}

/** For a format writer's switch: exportQuiz never hands it a question the map says it cannot hold. */
export function unrepresentable(format: FormatId, q: Question): never {
  throw new Error(`${format} cannot hold a ${q.type} question (lib/formats/capabilities.ts); exportQuiz leaves it out.`);
}

const TABLE_ORDER: FormatId[] = ["json", "qti", "moodle", "gift", "aiken"];
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

/**
 * The map as Markdown: `summary` (fidelity per format and type, each approximation's reason as a
 * numbered note; README and docs/formats.md) and `mapping` (what each type becomes; docs).
 */
export function capabilityTables(): { summary: string; mapping: string } {
  const notes: string[] = [];
  const ref = (message: string) => {
    if (!notes.includes(message)) notes.push(message);
    return `[${notes.indexOf(message) + 1}]`;
  };
  const word = (fidelity: Fidelity, message?: string) => (fidelity === "exact" ? "exact" : `${fidelity === "none" ? "no" : "approximated"} ${ref(message!)}`);
  const summaryCell = (c: Capability) =>
    [word(c.fidelity, c.message), ...(c.limits ?? []).map((l) => `${l.when}: ${word(l.fidelity, l.message)}`)].join("; ");
  const header = [row(["question type", ...TABLE_ORDER.map((f) => FORMAT_NAMES[f])]), row(["---", ...TABLE_ORDER.map(() => "---")])];
  const summaryRows = QUESTION_TYPES.map((t) => row([TYPE_LABELS[t], ...TABLE_ORDER.map((f) => summaryCell(CAPABILITIES[f][t]))]));
  const summary = [...header, ...summaryRows, "", ...notes.map((n, i) => `${i + 1}. ${n}`), ""].join("\n");
  const mapping = [...header, ...QUESTION_TYPES.map((t) => row([TYPE_LABELS[t], ...TABLE_ORDER.map((f) => CAPABILITIES[f][t].as)])), ""].join("\n");
  return { summary, mapping };
}

/**
 * For the import report: what the file's format could not carry of the questions it held, one
 * line per reason ("2 Short answer questions: Moodle compares typed answers ignoring case only…").
 */
export function importNotes(format: FormatId, questions: readonly Question[], articleText: string): string[] {
  const byMessage = new Map<string, Question[]>();
  for (const q of questions) for (const m of assess(format, q, articleText).messages) byMessage.set(m, [...(byMessage.get(m) ?? []), q]);
  return [...byMessage].map(([message, qs]) => {
    const types = [...new Set(qs.map((q) => TYPE_LABELS[q.type]))].join(", ");
    return `${qs.length} question${qs.length === 1 ? "" : "s"} (${types}): ${message}`;
  });
}
