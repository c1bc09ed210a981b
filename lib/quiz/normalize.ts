/**
 * How typed answers are compared: text normalisation for short and blank answers, and strict
 * number-with-unit parsing for numeric answers (figures, or number words such as "twenty-one").
 * Pure; the rules are spelled out for people in docs/quiz-format.md ("Grading").
 */
import { readNumberWords, type NumberWords } from "./number-words";

const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Reduce a typed answer to the form accepted answers are compared in:
 * "  The Université   de Genève! " and "universite de geneve" both become "universite de geneve".
 */
export function normalizeAnswer(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(CURLY_SINGLE, "'")
      .replace(CURLY_DOUBLE, '"')
      .replace(DASHES, "-")
      // "Gaddafi's" → "gaddafis", "U.S." → "us": these marks join a word rather than split it.
      .replace(/'/g, "")
      .replace(/(?<=\p{L})\.(?=\p{L})/gu, "")
      // "6,000" → "6000" and "1.5" kept whole, so figures in short answers still compare.
      .replace(/(?<=\d),(?=\d{3}(?!\d))/g, "")
      .replace(/[\p{P}\p{S}]/gu, (mark, at: number, all: string) =>
        mark === "." && /\d/.test(all[at - 1] ?? "") && /\d/.test(all[at + 1] ?? "") ? "." : " ",
      )
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^(?:the|a|an) (?=\S)/, "")
  );
}

export type NumericParse = { value: number } | { error: "not-a-number" | "wrong-unit" };
export type NumericUnit = { unit?: string; unitAliases?: readonly string[] };

// Digits with optional thousands groups ("6,000", "6 000", "6 000") and an optional decimal part.
// No exponents, no "about": a figure is typed as the article prints it (or in words, read apart).
const NUMBER = /^([+-]?)(\d{1,3}(?:([, \u00A0\u202F])\d{3}(?:\3\d{3})*)|\d+)?(?:\.(\d+))?/;

const CURRENCY_SIGN = /^[$£€¥]/;
const CURRENCY = /[$£€¥]|\b(?:pounds?|dollars?|euros?|yen)\b/i;

/**
 * Read a numeric response such as 250, "250", "250 miles", "6,000", "-3.5", "twenty-one miles"
 * or, when the unit is a currency, "£558m".
 * A unit is optional, but when given it must be the question's unit or one of its aliases (any
 * case, singular or plural).
 */
export function parseNumericResponse(input: string | number, units: NumericUnit = {}): NumericParse {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : { error: "not-a-number" };
  let text = input.replace(DASHES, "-").trim().replace(/\.$/, "").trim();
  // "£558m" typed as the article prints it: the sign goes when the unit is in that currency.
  const sign = CURRENCY_SIGN.exec(text)?.[0];
  if (sign) {
    const names = [units.unit ?? "", ...(units.unitAliases ?? [])].join(" ");
    if (!CURRENCY.test(names)) return { error: "not-a-number" };
    if (!names.includes(sign)) return { error: "wrong-unit" };
    text = text.slice(sign.length).trim();
  }
  const figures = parseFigures(text, units);
  if (!("error" in figures)) return figures;
  const words = readNumberWords(text);
  if (!words) return figures;
  return withUnit(words.value, words.rest, units);
}

function parseFigures(text: string, units: NumericUnit): NumericParse {
  const match = NUMBER.exec(text);
  if (!match || (match[2] === undefined && match[4] === undefined)) return { error: "not-a-number" };
  const [whole, sign, intPart = "0", , fraction] = match;
  const rest = text.slice(whole.length);
  // "420miles" is a number with a unit; "6,00", "1 5", "1.2.3" and "1.2e3" are not numbers at all.
  if (/^\s*[\d.,]|^e[+-]?\d/i.test(rest)) return { error: "not-a-number" };

  const value = Number(`${sign}${intPart.replace(/[^\d]/g, "")}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return { error: "not-a-number" };

  return withUnit(value, rest, units);
}

function withUnit(value: number, rest: string, { unit, unitAliases = [] }: NumericUnit): NumericParse {
  const given = rest.trim();
  if (given === "") return { value };
  const accepted = [unit, ...unitAliases].filter((u): u is string => !!u && u.trim() !== "").map(unitKey);
  return accepted.includes(unitKey(given)) ? { value } : { error: "wrong-unit" };
}

// A cheap look before asking the NLP library: a figure or a word that can be part of a number.
const MAY_HOLD_NUMBER =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|million|billion|dozen)\b/;

/**
 * Whether two answers are the same number written differently, figures or words, with the same
 * words after it: "4" = "four", "21 soldiers" = "twenty-one soldiers". Compared after normalising.
 */
export function sameNumber(a: string, b: string): boolean {
  const x = normalizeAnswer(a);
  const y = normalizeAnswer(b);
  if (!MAY_HOLD_NUMBER.test(x) || !MAY_HOLD_NUMBER.test(y)) return false;
  const m = leadingNumber(x);
  const n = m && leadingNumber(y);
  return Boolean(m && n && m.value === n.value && m.rest === n.rest);
}

function leadingNumber(normalized: string): NumberWords | null {
  const words = readNumberWords(normalized);
  if (words) return words;
  const figure = /^(-?\d+(?:\.\d+)?)(?: (.*))?$/.exec(normalized);
  return figure ? { value: Number(figure[1]), rest: figure[2] ?? "" } : null;
}

/** "Miles", "mile", "mi." → the same key; only the last word is made singular ("square miles"). */
function unitKey(u: string): string {
  const words = u.toLowerCase().replace(/\.$/, "").trim().split(/\s+/);
  const last = words.pop() ?? "";
  return [...words, singular(last)].join(" ");
}

function singular(word: string): string {
  if (word.length <= 2) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}
