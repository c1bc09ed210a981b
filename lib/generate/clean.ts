/**
 * Stage 1: turn pasted input (plain text, Markdown or HTML, possibly mis-decoded) into the cleaned
 * article text that evidence offsets point into. Paragraphs are separated by one blank line.
 */

// UTF-8 read as cp1252. Longest sequences first. The truncated forms (one byte lost, so generic
// re-decoding cannot repair them) are what the seed article carries: "â¦" was "…".
const MOJIBAKE: [string, string][] = [
  ["â€™", "’"], ["â€˜", "‘"], ["â€œ", "“"], ["â€\u009d", "”"], ["â€“", "–"], ["â€”", "—"],
  ["â€¦", "…"], ["â€¢", "•"], ["â€", "”"], ["â\u0080\u0099", "’"], ["â\u0080\u0098", "‘"],
  ["â\u0080\u009c", "“"], ["â\u0080\u009d", "”"], ["â\u0080\u0093", "–"], ["â\u0080\u0094", "—"],
  ["â\u0080¦", "…"], ["â¦", "…"], ["â\u0099", "’"], ["â\u0098", "‘"], ["â\u009c", "“"], ["â\u009d", "”"],
  ["Â ", " "], ["Â\u00a0", " "], ["Â£", "£"], ["Â°", "°"], ["Â·", "·"], ["Â«", "«"], ["Â»", "»"],
];

const CP1252_HIGH: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
  "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
  "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

const byteOf = (ch: string): number | undefined => {
  const c = ch.charCodeAt(0);
  if (c >= 0x80 && c <= 0xff) return c;
  return CP1252_HIGH[ch];
};

/** Repairs text that was UTF-8 but decoded as cp1252/latin-1 ("Ã©" → "é", "â¦" → "…"). */
export function repairMojibake(s: string): string {
  if (!/[ÃÂâ]/.test(s)) return s;
  let out = s;
  for (const [bad, good] of MOJIBAKE) out = out.split(bad).join(good);
  // Two-byte sequences: a lead byte 0xC2–0xDF shown as Â–ß followed by a continuation byte.
  return out.replace(/[\u00c2-\u00df][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, (pair) => {
    const b1 = byteOf(pair[0]!);
    const b2 = byteOf(pair[1]!);
    if (b1 === undefined || b2 === undefined || b2 < 0x80 || b2 > 0xbf) return pair;
    return String.fromCharCode(((b1 & 0x1f) << 6) | (b2 & 0x3f));
  });
}

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", eacute: "é", egrave: "è", aacute: "á", ccedil: "ç",
  uuml: "ü", ouml: "ö", auml: "ä", pound: "£", euro: "€", copy: "©",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

export const looksLikeHtml = (s: string) => /<\/?(p|div|br|span|a|h[1-6]|li|ul|ol|article|section|em|strong|b|i|html|body)\b[^>]*>/i.test(s);

export function stripHtml(s: string): string {
  return decodeEntities(
    s
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<(script|style|noscript|template|svg|head|nav|footer|figure|aside)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|blockquote|article|section|header|tr|table|pre)\b[^>]*>/gi, "\n\n")
      .replace(/<[^>]*>/g, ""),
  );
}

export function stripMarkdown(s: string): string {
  return s
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    // A list item is a paragraph of its own.
    .replace(/^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+/gm, "\n")
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, "")
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1");
}

const looksLikeMarkdown = (s: string) =>
  /^\s{0,3}#{1,6}\s+\S/m.test(s) || /\[[^\]]+\]\([^)]+\)/.test(s) || /\*\*[^*\n]+\*\*/.test(s) || /^```/m.test(s);

/**
 * The cleaned article: mojibake repaired, quotes straightened, whitespace collapsed, one paragraph
 * per block. Blank lines separate paragraphs when the input has them (Markdown, wrapped text);
 * otherwise each line is a paragraph (the usual shape of a pasted news article).
 */
export function cleanText(raw: string): string {
  let s = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\uFEFF/g, "");
  s = repairMojibake(s);
  // Markdown often embeds HTML (READMEs, CMS exports): strip both when both are present.
  if (looksLikeHtml(s)) s = stripHtml(s);
  if (looksLikeMarkdown(s)) s = stripMarkdown(s);
  s = s
    // Stray spaces inside curly quotes ("obscenity ”") would lose their direction once straightened.
    .replace(/ +\u201d/g, "\u201d")
    .replace(/\u201c +/g, "\u201c")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/\.{3}/g, "…")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, " ")
    .replace(/[\u200b-\u200d\u2060]/g, "")
    // Control characters other than newline carry no text.
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, " ");
  const hasBlankLines = /\n[ ]*\n/.test(s.trim());
  const blocks = hasBlankLines ? s.split(/\n[ ]*\n+/).map((b) => b.replace(/\n/g, " ")) : s.split("\n");
  return blocks
    .map((b) => b.replace(/ {2,}/g, " ").trim())
    .map((b) => b.replace(/ ([,.;:!?])(?=\s|$)/g, "$1").replace(/(\S)- (?=[a-z])/g, "$1-"))
    .filter((b) => b.length > 0)
    .join("\n\n");
}
