/**
 * Text between our model (plain text; article paragraphs split by a blank line) and the HTML the
 * formats carry. Imported HTML is first cut down by sanitize-html to a small allowed subset, then
 * flattened to text, because Readcheck stores and shows plain text only.
 *
 * Whitespace follows HTML: a run of spaces is one space, so text is canonicalised on export too
 * (`canonicalize`), with an offset map that keeps evidence spans on the same characters.
 */
import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import type { Span } from "@/lib/quiz/schema";

/** The HTML an imported text may keep before it is flattened; everything else is removed. */
export const ALLOWED_TAGS = ["p", "br", "b", "strong", "i", "em", "u", "sub", "sup", "ul", "ol", "li", "div", "span"];
const BLOCK_TAGS = new Set(["p", "div", "ul", "ol", "li"]);

export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const escapeHtmlText = (s: string) => s.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);

/** One line of our text as HTML: escaped, line breaks as <br/> (valid XHTML too). */
export const textToHtml = (text: string) => escapeHtmlText(text).replace(/\n/g, "<br/>");

/** Paragraphs of an article, split the way the article view splits them. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean);

export const articleToHtml = (text: string) => paragraphsOf(text).map((p) => `<p>${textToHtml(p)}</p>`).join("");

const ASCII_SPACE = /[ \t\n\r\f]/;

/**
 * The text as it reads back from HTML: runs of ASCII whitespace become one space, a newline, or
 * (two or more newlines) a paragraph break; none at either end. `at(i)` is where character i of
 * the input lands in the output.
 */
export function canonicalize(input: string): { text: string; at: (i: number) => number } {
  const map = new Int32Array(input.length + 1);
  let out = "";
  let i = 0;
  while (i < input.length) {
    if (!ASCII_SPACE.test(input[i]!)) {
      map[i] = out.length;
      out += input[i];
      i++;
      continue;
    }
    let j = i;
    let newlines = 0;
    while (j < input.length && ASCII_SPACE.test(input[j]!)) {
      if (input[j] === "\n") newlines++;
      j++;
    }
    const edge = out.length === 0 || j === input.length;
    const gap = edge ? "" : newlines >= 2 ? "\n\n" : newlines === 1 ? "\n" : " ";
    for (let k = i; k < j; k++) map[k] = out.length;
    out += gap;
    i = j;
  }
  map[input.length] = out.length;
  return { text: out, at: (k) => map[Math.max(0, Math.min(k, input.length))]! };
}

export const canonicalText = (s: string) => canonicalize(s).text;

/** A span of the input moved onto the canonical text; null when it covered only whitespace. */
export function remapSpan(span: Span, input: string, at: (i: number) => number): Span | null {
  let a = span.start;
  let b = Math.min(span.end, input.length);
  while (a < b && ASCII_SPACE.test(input[a]!)) a++;
  while (b > a && ASCII_SPACE.test(input[b - 1]!)) b--;
  if (b <= a) return null;
  return { start: at(a), end: at(b - 1) + 1 };
}

export type HtmlText = { text: string; /** True when sanitizing removed something beyond formatting (scripts, styles, links…). */ unsafeRemoved: boolean };

/** Imported HTML → sanitized to ALLOWED_TAGS → plain text with line and paragraph breaks kept. */
export function htmlToText(html: string): HtmlText {
  let unsafeRemoved = false;
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {},
    disallowedTagsMode: "discard",
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "head", "template"],
    onOpenTag(name, attribs) {
      if (ACTIVE_TAGS.has(name) || Object.keys(attribs).some((a) => /^on/i.test(a) || /^(src|href|style)$/i.test(a))) unsafeRemoved = true;
    },
  });
  let raw = "";
  const parser = new Parser(
    {
      ontext(t) {
        raw += t.replace(/[\t\n\r\f]/g, " ");
      },
      onopentag(name) {
        if (name === "br") raw += "\n";
        else if (BLOCK_TAGS.has(name)) raw += "\n\n";
        if (name === "li") raw += "- ";
      },
      onclosetag(name) {
        if (BLOCK_TAGS.has(name)) raw += "\n\n";
      },
    },
    { decodeEntities: true },
  );
  parser.write(clean);
  parser.end();
  return { text: canonicalText(raw), unsafeRemoved };
}

// Anything a browser would run or fetch: worth telling the teacher it was removed.
const ACTIVE_TAGS = new Set(["script", "style", "iframe", "object", "embed", "link", "meta", "form", "img", "svg", "math", "base", "input", "a"]);
