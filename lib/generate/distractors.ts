/**
 * Stage 6: wrong options of the same kind and form as the key — from the article first, then from a
 * small lexicon — never a value the text makes true, and close to the key in length so that no
 * option gives itself away.
 */
import type { Entities, Entity, Mention } from "./entities";
import { AWARD_HEADS, FALLBACK_REGIONS, INSTITUTION_HEADS, ORG_WORDS, PLACE_WORDS, lexTag, regionOf } from "./lexicon";

export const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const normCache = new Map<string, string>();
/** norm() of a long text that many checks read (the article): computed once per text. */
export function normOnce(s: string): string {
  let v = normCache.get(s);
  if (v === undefined) {
    if (normCache.size > 8) normCache.clear();
    normCache.set(s, (v = norm(s)));
  }
  return v;
}

/**
 * Whether the article's words contain `phrase`'s words in a row (both normalised by norm()): a
 * lookup by the phrase's first two words in an index built once per text, so checking many
 * probes costs no scan of the text each.
 */
const phraseIndex = new Map<string, { words: string[]; at: Map<string, number[]> }>();
export function textHasPhrase(text: string, phrase: string): boolean {
  let ix = phraseIndex.get(text);
  if (!ix) {
    if (phraseIndex.size > 8) phraseIndex.clear();
    const words = normOnce(text).split(" ");
    const at = new Map<string, number[]>();
    for (let i = 0; i + 1 < words.length; i++) {
      const k = `${words[i]} ${words[i + 1]}`;
      const list = at.get(k);
      if (list) list.push(i);
      else at.set(k, [i]);
    }
    phraseIndex.set(text, (ix = { words, at }));
  }
  const want = norm(phrase).split(" ").filter(Boolean);
  if (want.length < 2) return want.length === 1 && ix.words.includes(want[0]!);
  return (ix.at.get(`${want[0]} ${want[1]}`) ?? []).some((i) => want.every((w, k) => ix!.words[i + k] === w));
}

/** FNV-1a; seeds every "random" choice so the same article gives the same quiz. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function shuffle<T>(items: T[], seed: string): T[] {
  let a = hash(seed) || 1;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Picks `n` candidates closest to the key's length (ties by order), all distinct from each other and the key. */
export function pickBalanced(key: string, pool0: string[], n: number, banned: string[] = []): string[] {
  const pool = pool0.slice(0, Math.max(24, n * 6));
  const seen = new Set([norm(key), ...banned.map(norm)]);
  const uniq: string[] = [];
  for (const p of pool) {
    const k = norm(p);
    if (!k || seen.has(k)) continue;
    // One option contained in another ("Valls" / "Manuel Valls") would be two answers.
    let inside = false;
    for (const s of seen) if (s.length > 0 && (s.includes(k) || k.includes(s))) { inside = true; break; }
    if (inside) continue;
    seen.add(k);
    uniq.push(p);
  }
  const ratio = (s: string) => Math.max(s.length, key.length) / Math.max(1, Math.min(s.length, key.length));
  return uniq
    .map((p, i) => ({ p, i, r: ratio(p) }))
    .filter((x) => x.r <= 2.6)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, n)
    .map((x) => x.p);
}

/** The form a mention uses: a surname alone, or the full name. */
export function formOf(ent: Entity, mention: Mention): "full" | "last" | "first" {
  const parts = ent.name.split(" ");
  if (parts.length < 2 || mention.text === ent.name) return "full";
  if (mention.text === parts.at(-1)) return "last";
  if (mention.text === parts[0]) return "first";
  return "full";
}

const inForm = (e: Entity, form: "full" | "last" | "first") => {
  const parts = e.name.split(" ");
  if (form === "last" && parts.length > 1) return parts.at(-1)!;
  if (form === "first" && parts.length > 1) return parts[0]!;
  return e.name;
};

/**
 * Entities of the key's kind, as candidate wrong options, most prominent first. `exclude` holds
 * sentence texts the distractor must not occur in (the evidence: a name the evidence itself uses
 * could make the statement true).
 */
const ORG_CLASSES: [string, RegExp][] = [
  ["education", /\b(university|college|school|institute|academy)\b/i],
  ["media", /\b(news|times|post|press|television|radio|newspaper|magazine|journal|tribune|herald|gazette)\b/i],
  ["religion", /\b(church|cathedral|mosque|temple)\b/i],
  ["public", /\b(committee|council|ministry|department|registry|government|parliament|commission|agency|customs|revenue)\b/i],
];
/** A university for a university, a newspaper for a newspaper: Facebook is no distractor for Oxford University. */
export const orgClass = (name: string) => ORG_CLASSES.find(([, re]) => re.test(name))?.[0] ?? "";

/** Countries, and places the article itself calls a territory, province, region … */
function isRegion(ents: Entities, e: Entity): boolean {
  if (/Country|Region/.test(lexTag(e.name)) || /^(africa|asia|europe|america|north america|south america|latin america|central america|antarctica|oceania|the middle east|middle east)$/i.test(e.name)) return true;
  return e.forms.some((f) => ents.regionWords?.has(f) ?? false);
}

/** The world region most of the article's places belong to, if any are known. */
const regionCache = new WeakMap<Entities, string | undefined>();
function articleRegion(ents: Entities): string | undefined {
  if (regionCache.has(ents)) return regionCache.get(ents);
  const counts = new Map<string, number>();
  for (const e of ents.entities) {
    if (e.kind !== "place") continue;
    const r = regionOf(e.name);
    if (r) counts.set(r, (counts.get(r) ?? 0) + e.mentions.length);
  }
  const region = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  regionCache.set(ents, region);
  return region;
}

const poolCache = new WeakMap<Entities, Map<string, Entity[]>>();

/** Confident entities of one kind, most prominent first; computed once per article. */
export function poolOf(ents: Entities, kind: string): Entity[] {
  let byKind = poolCache.get(ents);
  if (!byKind) poolCache.set(ents, (byKind = new Map()));
  let pool = byKind.get(kind);
  if (!pool) {
    pool = ents.entities
      .filter((e) => e.kind === kind && e.confident)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
    // The person the article is about is no stand-in for someone else ("Nelson Mandela said …").
    if (kind === "person" && pool[0] && pool[0].mentions.length >= 5 && pool[0].mentions.length >= 2 * (pool[1]?.mentions.length ?? 0)) pool = pool.slice(1);
    byKind.set(kind, pool);
  }
  return pool;
}

const sharedCache = new WeakMap<Entities, Set<string>>();
/** First names and surnames two people of the article share ("Glazer" of Joel and Avie Glazer). */
function sharedNameParts(ents: Entities): Set<string> {
  let shared = sharedCache.get(ents);
  if (!shared) {
    const seen = new Map<string, number>();
    for (const e of ents.entities) {
      const parts = e.name.split(" ");
      if (e.kind !== "person" || parts.length < 2) continue;
      for (const w of new Set([parts[0]!, parts.at(-1)!])) seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    shared = new Set([...seen].filter(([, n]) => n > 1).map(([w]) => w));
    sharedCache.set(ents, shared);
  }
  return shared;
}

/** Whether two names share a capitalised word of four letters or more that is no generic head ("College", "River"). */
export function sharesDistinctive(a: string, b: string): boolean {
  const words = (n: string) => new Set((n.match(/\p{Lu}[\p{L}'-]{3,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !ORG_WORDS.has(w) && !PLACE_WORDS.has(w) && !INSTITUTION_HEADS.has(w) && !AWARD_HEADS.has(w)));
  const x = words(a);
  return [...words(b)].some((w) => x.has(w));
}

export function entityDistractors(ents: Entities, key: Entity, form: "full" | "last" | "first", exclude: string[], n: number, fallback = true): string[] {
  const ex = exclude.map((s) => s.toLowerCase());
  const picked: string[] = [];
  // A city for a city, a country for a country, when the lexicon knows both.
  const sub = (name: string) => (/Country/.test(lexTag(name)) ? "country" : /City/.test(lexTag(name)) ? "city" : "");
  const keySub = key.kind === "place" ? sub(key.name) : "";
  const keyClass = key.kind === "org" ? orgClass(key.name) : "";
  // Enough candidates for pickBalanced to choose by length, without scanning a long article's every name.
  for (const e of poolOf(ents, key.kind)) {
    if (picked.length >= n * 4) break;
    if (e.id === key.id || e.forms.some((f) => ex.some((s) => s.includes(f)))) continue;
    // The article's main place often contains the key ("the embassy in Mezze" is also in Damascus).
    if (key.kind === "place" && e === poolOf(ents, "place")[0] && e.mentions.length >= 3 && e.mentions.length > key.mentions.length) continue;
    if (key.kind === "person" && form === "full" && !e.name.includes(" ")) continue;
    // A surname two people share names neither of them.
    if (form !== "full" && sharedNameParts(ents).has(inForm(e, form))) continue;
    if (keySub && sub(e.name) && sub(e.name) !== keySub) continue;
    // A region may contain the key ("the tundra of Nunavut" is as true as "of Baffin Island"), and a
    // town is no stand-in for a continent: regions only for regions.
    if (key.kind === "place" && isRegion(ents, key) !== isRegion(ents, e)) continue;
    if (key.kind === "org" && orgClass(e.name) !== keyClass) continue;
    // "Jamison Heritage School" beside "Heritage School of Music": a shared distinctive word is
    // often one body named twice (or a part of it), so the option may be true.
    if (key.kind !== "person" && sharesDistinctive(key.name, e.name)) continue;
    picked.push(inForm(e, form));
  }
  let out = pickBalanced(inForm(key, form), picked, n);
  if (fallback && out.length < n && key.kind === "place") {
    const tag = lexTag(key.name);
    const region = regionOf(key.name) ?? articleRegion(ents);
    const lists = region ? FALLBACK_REGIONS[region] : undefined;
    const list = !lists ? [] : /City/.test(tag) ? lists.City : /Country/.test(tag) ? lists.Country : [];
    const all = ents.entities.map((e) => e.name);
    out = out.concat(pickBalanced(key.name, shuffle(list, key.name), n - out.length, [...out, ...all]));
  }
  return out;
}

/** Years near the key: the article's other years first, then plausible neighbours. */
export function yearDistractors(key: number, articleYears: number[], n: number, exclude: number[] = []): number[] {
  const banned = new Set([key, ...exclude]);
  const out: number[] = [];
  for (const y of articleYears) if (!banned.has(y) && Math.abs(y - key) <= 60 && !out.includes(y)) out.push(y);
  for (const d of [3, -4, 7, -2, 5, -8, 11]) {
    const y = key + d;
    if (!banned.has(y) && !out.includes(y) && y <= 2030) out.push(y);
  }
  return out.slice(0, n);
}

/** A different but plausible value for a false statement: same magnitude, round like the key. */
export function alterNumber(value: number, seed: string, avoid: Set<number>): number {
  const factors = [2, 0.5, 1.5, 3, 0.75, 1.25];
  const start = hash(seed) % factors.length;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[(start + i) % factors.length]!;
    let v = value * f;
    const mag = value >= 100 ? 10 ** Math.floor(Math.log10(value) - 1) : 1;
    v = Math.round(v / mag) * mag;
    if (v !== value && v > 0 && !avoid.has(v)) return v;
  }
  return value + 1;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

export function formatLike(original: string, value: number): string {
  // "four years" becomes "six years", not "6 years": a change of form would give the answer away.
  if (/^[a-z]+$/i.test(original) && WORDS[value] !== undefined) {
    const w = WORDS[value]!;
    return /^[A-Z]/.test(original) ? w[0]!.toUpperCase() + w.slice(1) : w;
  }
  const prefix = /^[$£€]/.test(original) ? original[0] : "";
  const pct = /%$/.test(original) ? "%" : "";
  const body = /,/.test(original) || value >= 10000 ? value.toLocaleString("en-GB") : String(value);
  return prefix + body + pct;
}
