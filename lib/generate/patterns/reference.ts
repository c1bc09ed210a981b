/**
 * Reading references in the article's own text, for the families that rewrite a sentence into a
 * question: which capitals are names ("Wales has …" stays, "Hospitals have …" is lowered), and
 * which person a "he" or "she" stands for.
 */
import { lexTag } from "../lexicon";
import type { Ctx } from "./construct";

/**
 * Whether the word at token `i` keeps its capital inside a sentence: a name the article knows, "I",
 * or a word the article also capitalises where no sentence starts ("Teff" at a sentence's start is
 * no name when the article writes "teff" elsewhere).
 */
export function keepsCapital(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  // A name, "I", an acronym, or a title before a name ("Archbishop Desmond Tutu").
  if (ctx.ents.mentionAt.has(i) || ctx.ents.mentionAt.has(i + 1) && t.pos !== "DET" || t.text === "I" || /^\p{Lu}{2,}$/u.test(t.text)) return true;
  return capitalsOf(ctx).get(t.lower) === true;
}

/** Per word: true when the article capitalises it where no sentence starts and never writes it lower-case. */
const capitalCache = new WeakMap<Ctx["doc"], Map<string, boolean>>();
function capitalsOf(ctx: Ctx): Map<string, boolean> {
  const doc = ctx.doc;
  let m = capitalCache.get(doc);
  if (m) return m;
  m = new Map();
  for (const [j, o] of doc.tokens.entries()) {
    // Inside a name ("Department of Health") a capital says nothing about the word alone.
    if (m.get(o.lower) === false || ctx.ents.mentionAt.has(j) && o.text !== o.lower) continue;
    if (o.text === o.lower) m.set(o.lower, false);
    else if (doc.sentences[doc.sentenceOf[j]!]!.first !== j) m.set(o.lower, true);
  }
  capitalCache.set(doc, m);
  return m;
}

/**
 * The one person a "he" or "she" at `pos` can mean: the only person named between the start of
 * the previous sentence and `pos` (or, with none there, in the sentence before that); with no one
 * there, the person who holds most of the article's person mentions so far. Two people in reach,
 * or no clear one, and the pronoun stays unread.
 */
export function personBefore(ctx: Ctx, pos: number): string | undefined {
  const at = ctx.doc.tokens.findIndex((t) => t.start >= pos);
  const si = ctx.doc.sentenceOf[at] ?? 0;
  const pronoun = ctx.doc.tokens[at]?.lower === "she" ? "she" : "he";
  // A person whose first name or title says the other gender is never the one meant.
  const fits = (id: number) => { const g = genderOf(ctx, id); return !g || g === pronoun; };
  for (const back of [1, 2]) {
    const from = ctx.doc.sentences[Math.max(0, si - back)]!.start;
    const to = back === 1 ? pos : ctx.doc.sentences[Math.max(0, si - 1)]!.start;
    const people = new Set(ctx.ents.mentions.filter((m) => m.start >= from && m.start < to && ctx.ents.entities[m.entity]?.kind === "person" && fits(m.entity)).map((m) => m.entity));
    if (people.size > 1) return undefined;
    if (people.size === 1) return ctx.ents.entities[[...people][0]!]!.name;
  }
  // No one named nearby: the person the article is about, if they hold most of the person mentions
  // so far and the pronoun is the one the article mostly uses.
  const before = ctx.ents.mentions.filter((m) => m.start < pos && ctx.ents.entities[m.entity]?.kind === "person");
  const counts = new Map<number, number>();
  for (const m of before) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const { she, he } = pronounsOf(ctx.doc);
  const mostly = pronoun === "she" ? she > 2 * he : he > 2 * she;
  return top !== undefined && n! >= 2 && n! > before.length / 2 && mostly && fits(top) ? ctx.ents.entities[top]!.name : undefined;
}

/**
 * People offered for a person gap that the sentence's own words allow: when it says "she"/"her" or
 * "he"/"his", none of the other gender than the key's (or than the pronoun's, when the key's is
 * unknown): "… handed her a ban" offers no man.
 */
export function genderAgrees(ctx: Ctx, key: number, sentenceText: string, names: string[]): string[] {
  const want = genderWanted(ctx, key, sentenceText);
  if (!want) return names;
  const people = peopleByForm(ctx);
  return names.filter((n) => { const id = people.get(n.toLowerCase()); const g = id === undefined ? undefined : genderOf(ctx, id); return !g || g === want; });
}

/** The gender a person gap's options must share, when the sentence says "she"/"her" or "he"/"his". */
export function genderWanted(ctx: Ctx, key: number, sentenceText: string): "she" | "he" | undefined {
  const she = /\b(she|her|hers|herself)\b/i.test(sentenceText), he = /\b(he|him|his|himself)\b/i.test(sentenceText);
  if (!she && !he) return undefined;
  return genderOf(ctx, key) ?? (she && !he ? "she" : he && !she ? "he" : undefined);
}

/** Each person by every form of their name, lower-cased: built once per text. */
const peopleCache = new WeakMap<Ctx["doc"], Map<string, number>>();
function peopleByForm(ctx: Ctx): Map<string, number> {
  let m = peopleCache.get(ctx.doc);
  if (!m) {
    m = new Map();
    for (const e of ctx.ents.entities) if (e.kind === "person") for (const f of [e.name.toLowerCase(), ...e.forms]) if (!m.has(f)) m.set(f, e.id);
    peopleCache.set(ctx.doc, m);
  }
  return m;
}

/** "she" or "he" from a person's first name (the lexicon's female and male names) or a title before a mention. */
function genderOf(ctx: Ctx, id: number): "she" | "he" | undefined {
  const e = ctx.ents.entities[id]!;
  const tag = lexTag(e.name.split(" ")[0]!);
  if (/FemaleName/.test(tag) && !/MaleName/.test(tag.replace("FemaleName", ""))) return "she";
  if (/MaleName/.test(tag.replace("FemaleName", ""))) return "he";
  for (const m of e.mentions) {
    const title = ctx.doc.tokens[m.first - 1]?.lower.replace(/\.$/, "");
    if (title && /^(mrs|ms|miss|lady|dame|queen|princess)$/.test(title)) return "she";
    if (title && /^(mr|sir|lord|king|prince)$/.test(title)) return "he";
  }
  return undefined;
}

/** How often the article says she/her and he/him/his: counted once per text. */
const pronounCache = new WeakMap<Ctx["doc"], { she: number; he: number }>();
function pronounsOf(doc: Ctx["doc"]) {
  let v = pronounCache.get(doc);
  if (!v) {
    v = { she: 0, he: 0 };
    for (const t of doc.tokens) if (/^(she|her|hers)$/.test(t.lower)) v.she++; else if (/^(he|him|his)$/.test(t.lower)) v.he++;
    pronounCache.set(doc, v);
  }
  return v;
}
