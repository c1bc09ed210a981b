/**
 * Stage 4: relations between the things found — who said what, how people are described
 * ("X, the interior minister"), what things are called, lists of names, enumerations
 * ("three sources … the second … the third") and scales ("one grade down from the highest level").
 * Only intact sentences yield relations.
 */
import type { Doc, Sentence } from "./sentences";
import type { Entities, Entity, Mention } from "./entities";
import { findNameLists } from "./entities";
import { PERSON_NOUNS, REPORTING_VERBS } from "./lexicon";

export type Quote = { speaker: Entity; text: string; start: number; end: number; sentences: number[] };
export type Role = { person: Entity; role: string; sentence: number; start: number; end: number };
export type PlaceDescription = { place: Entity; description: string; sentence: number };
export type Naming = { subject: string; aux: string; verb: string; label: string; name: string; sentence: number };
export type NameList = { items: Mention[]; sentence: number; start: number; end: number };
export type Scale = { value: string; top: string; sentence: number; valueStart: number; valueEnd: number };

/** "three sources … From Libya … The second consignment … The third wave": sentence indices per item. */
export type Enumeration = { announce: number; count: number; noun: string; items: number[][] };

export type Relations = { quotes: Quote[]; roles: Role[]; places: PlaceDescription[]; namings: Naming[]; lists: NameList[]; scales: Scale[]; enumerations: Enumeration[] };

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"];

/** An announced count followed by items marked "the second …", "thirdly", "finally". */
export function findEnumerations(sentences: Sentence[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (const s of sentences) {
    if (s.broken) continue;
    const m = /\b(two|three|four|five|six) (?:main |key |major |different |serious )?([a-z]+s)\b/.exec(s.text);
    if (!m) continue;
    const n = COUNTS[m[1]!]!;
    const leads = [s.index + 1];
    for (let k = 2; k <= n; k++) {
      const ord = ORDINALS[k - 1]!;
      const re = new RegExp(`^"?(?:(?:The|A|Its|Their) ${ord}\\b|${ord}ly\\b|${ord}\\b|${k === n ? "Finally\\b|(?:The|A) (?:final|last)\\b" : "$^"})`, "i");
      const from = leads[leads.length - 1]! + 1;
      const hit = sentences.slice(from, from + 8).find((x) => re.test(x.text) && x.para - s.para <= 4);
      if (!hit) break;
      leads.push(hit.index);
    }
    if (leads.length !== n || !sentences[leads[0]!] || sentences[leads[0]!]!.para - s.para > 1) continue;
    const items = leads.map((lead, i) => {
      const end = i + 1 < leads.length ? leads[i + 1]! : Math.min(sentences.length, lead + 5);
      const span: number[] = [];
      for (let j = lead; j < end && j < lead + 5; j++) if (i + 1 < leads.length || sentences[j]!.para <= sentences[lead]!.para) span.push(j);
      return span;
    });
    out.push({ announce: s.index, count: n, noun: m[2]!, items });
  }
  return out;
}

const intact = (s: Sentence | undefined) => !!s && !s.broken;
const GENERIC = /^(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+)?(man|woman|child|boy|girl|person|people|friend|brother|sister|son|daughter|wife|husband|mother|father)$/i;
/** A description worth asking about: more than "the child" or "a friend". */
// A clause after a name ("X, the e-mail was sent by mistake to …,") is no description of the person.
const usefulRole = (role: string) => role.split(/\s+/).length >= 2 && !GENERIC.test(role) && !/\b(is|are|was|were|has|have|had|will|would|said|says)\b/.test(role);
const PRONOUNS = new Set(["he", "she"]);

/** Quotation ranges [open, close] paired by spacing, per paragraph. */
export function quoteRanges(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    if (text[i] !== '"') continue;
    const before = i === from ? " " : text[i - 1]!;
    const after = i + 1 >= to ? " " : text[i + 1]!;
    const opens = /[\s([\u2014\u2013-]/.test(before) && !/\s/.test(after);
    if (open < 0) open = i;
    else if (!opens) {
      out.push([open, i]);
      open = -1;
    } else open = i;
  }
  return out;
}

export function findRelations(doc: Doc, ents: Entities): Relations {
  const { tokens: t, sentences } = doc;
  const person = (m: Mention | undefined) => (m && ents.entities[m.entity]!.kind === "person" ? ents.entities[m.entity]! : undefined);
  const tokenAt = (pos: number) => {
    let lo = 0, hi = t.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
    return lo;
  };

  // Who said what.
  const quotes: Quote[] = [];
  for (const p of doc.paragraphs) {
    const ranges = quoteRanges(doc.text, p.start, p.end);
    ranges.forEach(([o, c], qi) => {
      const open = tokenAt(o);
      const close = tokenAt(c);
      let speaker: Entity | undefined;
      // After: ," Name said / ," said Name / ," he said
      let k = close + 1;
      if (t[k]?.text === "," || t[k]?.text === ".") k++;
      const a = t[k], b = t[k + 1];
      if (a && ents.mentionAt.get(k)) {
        const m = ents.mentionAt.get(k)!;
        if (REPORTING_VERBS.has(t[m.last + 1]?.lower ?? "")) speaker = person(m);
      } else if (a && REPORTING_VERBS.has(a.lower) && b) {
        // ," said Name / ," said a spokesperson, Name
        for (let j = k + 1; j <= k + 7 && t[j] && !/^[.;"]$/.test(t[j]!.text); j++) {
          const m = ents.mentionAt.get(j);
          if (m) { speaker = person(m); break; }
        }
      }
      if (!speaker && a && PRONOUNS.has(a.lower) && b && REPORTING_VERBS.has(b.lower)) {
        // "he said": the nearest person named before the quote, if there is just one candidate nearby.
        const near = ents.mentions.filter((m) => m.end <= o && m.sentence >= (doc.sentenceOf[open]! - 3) && ents.entities[m.entity]!.kind === "person");
        const ids = new Set(near.map((m) => m.entity));
        if (ids.size === 1) speaker = ents.entities[[...ids][0]!];
      }
      // Before: Name said: " / Name said, "
      if (!speaker) {
        let j = open - 1;
        if (t[j]?.text === ":" || t[j]?.text === ",") j--;
        if (t[j] && REPORTING_VERBS.has(t[j]!.lower)) {
          speaker = person(ents.mentionAt.get(j - 1));
          // "Oana Lungescu, a Nato spokesperson, said:": step back over the apposition.
          if (!speaker && t[j - 1]?.text === ",") {
            for (let b = j - 2; b >= Math.max(0, j - 16) && !/^[.;"]$/.test(t[b]!.text); b--) {
              const m = ents.mentionAt.get(b);
              if (m && t[m.last + 1]?.text === ",") { speaker = person(m); if (speaker) break; }
            }
          }
        }
      }
      if (!speaker && qi > 0 && ranges[qi - 1]) {
        // A second quotation right after an attributed one, in the same paragraph, keeps the speaker.
        const prevQ = quotes.find((q) => q.end === ranges[qi - 1]![1] + 1);
        const between = doc.text.slice(ranges[qi - 1]![1] + 1, o);
        if (prevQ && /^[^."]*[.]?\s*$/.test(between) && between.length < 60) speaker = prevQ.speaker;
      }
      if (!speaker) return;
      const sids = new Set<number>();
      for (let i = open; i <= close; i++) if (doc.sentenceOf[i]! >= 0) sids.add(doc.sentenceOf[i]!);
      if ([...sids].some((s) => !intact(sentences[s]))) return;
      quotes.push({ speaker, text: doc.text.slice(o + 1, c).trim().replace(/[,;:]$/, ""), start: o, end: c + 1, sentences: [...sids].sort((x, y) => x - y) });
    });
  }

  // Descriptions of people: "X, the interior minister," / "the interior minister, X," / "project leader X".
  const roles: Role[] = [];
  const places: PlaceDescription[] = [];
  for (const m of ents.mentions) {
    const s = sentences[m.sentence]!;
    if (!intact(s)) continue;
    const ent = ents.entities[m.entity]!;
    // After the name.
    if (t[m.last + 1]?.text === ",") {
      let i = m.last + 2;
      const first = i;
      while (i <= s.last && !/^[,.;:"()]$/.test(t[i]!.text) && !/^(who|which|that|said|says|told)$/.test(t[i]!.lower) && i - first < 14) i++;
      const stop = t[i]?.text;
      if (i > first && (stop === "," || stop === "." || stop === ";")) {
        const words = t.slice(first, i);
        const text = doc.text.slice(words[0]!.start, words.at(-1)!.end);
        const det = /^(a|an|the|his|her|their|its)$/.test(words[0]!.lower);
        const namesPerson = words.some((w, k) => { const m = ents.mentionAt.get(first + k); return !!m && ents.entities[m.entity]!.kind === "person"; });
        if (ent.kind === "person" && words.some((w) => PERSON_NOUNS.has(w.lower)) && (det || PERSON_NOUNS.has(words.at(-1)!.lower)) && !ents.mentionAt.has(first) && !namesPerson && usefulRole(text)) {
          if (!roles.some((r) => r.person === ent && r.role.toLowerCase() === text.toLowerCase())) roles.push({ person: ent, role: text, sentence: s.index, start: words[0]!.start, end: words.at(-1)!.end });
        } else if (ent.kind === "place" && det && words.length >= 3 && !words.some((w) => w.pos === "VERB")) {
          places.push({ place: ent, description: text, sentence: s.index });
        }
      }
    }
    // Before the name: "the interior minister, Manuel Valls," / "a spokesperson, Oana Lungescu."
    if (ent.kind === "person") {
      let i = m.first - 1;
      const comma = t[i]?.text === ",";
      if (comma) i--;
      const last = i;
      // A capitalised title belongs to the name ("Archbishop Desmond Tutu"), not to a description.
      if (t[last] && PERSON_NOUNS.has(t[last]!.lower) && /^[a-z]/.test(t[last]!.text)) {
        while (i >= s.first && !/^(a|an|the)$/.test(t[i]!.lower) && !/^[,.;:"]$/.test(t[i]!.text) && last - i < 8) i--;
        if (i >= s.first && /^(a|an|the)$/.test(t[i]!.lower)) {
          const after = t[m.last + 1]?.text;
          const text = doc.text.slice(t[i]!.start, t[last]!.end);
          let named = false;
          for (let k = i; k <= last; k++) if (ents.mentionAt.has(k) && ents.entities[ents.mentionAt.get(k)!.entity]!.kind === "person") named = true;
          // Without a comma only a bare title runs into the name ("the new manager Tom Hart"): after a
          // preposition the name completes another description ("a spokesman for trade commissioner X").
          const bare = comma || !t.slice(i, last + 1).some((x) => x.pos === "ADP");
          if ((!comma || after === "," || after === "." || after === undefined) && bare && !/\bof\b/.test(text) && !named && usefulRole(text)) {
            if (!roles.some((r) => r.person === ent && (r.sentence === s.index || r.role.toLowerCase() === text.toLowerCase()))) roles.push({ person: ent, role: text, sentence: s.index, start: t[i]!.start, end: t[last]!.end });
          }
        }
      }
    }
  }

  // What things are called: "X has been given the code name Serval", "X was dubbed Y".
  const namings: Naming[] = [];
  const NAMING = /^"?((?:The|A|An|This|Its|His|Her|Their) [^,;"]{3,80}?) (has been|have been|had been|was|were|is|are) (given the (code ?name|name|nickname)|named|called|dubbed|nicknamed|known as) "?([A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*){0,3})"?[.,]/u;
  for (const s of sentences) {
    if (!intact(s)) continue;
    const m = NAMING.exec(s.text);
    if (!m) continue;
    namings.push({ subject: m[1]!, aux: m[2]!, verb: m[3]!, label: m[4] ?? "name", name: m[5]!, sentence: s.index });
  }

  // Lists of names of one kind.
  const lists: NameList[] = [];
  for (const l of findNameLists(doc, ents.mentionAt)) {
    const s = sentences[l[0]!.sentence]!;
    const kinds = new Set(l.map((m) => ents.entities[m.entity]!.kind));
    if (!intact(s) || kinds.size !== 1 || kinds.has("other") || l.length < 3) continue;
    if (new Set(l.map((m) => m.entity)).size !== l.length) continue;
    lists.push({ items: l, sentence: s.index, start: l[0]!.start, end: l.at(-1)!.end });
  }

  // Scales: "to bright red, one grade down from the highest level, scarlet".
  const scales: Scale[] = [];
  const SCALE = /(?:to |at |as )([a-z]+(?: [a-z]+)?), (?:one|two|a) (?:grade|level|step|notch|rung|place)s? (?:down|below|under) (?:from )?the (?:highest|top|maximum)(?: level| grade)?, ([a-z]+(?: [a-z]+)?)\b/;
  for (const s of sentences) {
    if (!intact(s)) continue;
    const m = SCALE.exec(s.text);
    if (!m) continue;
    const valueStart = s.start + m.index + m[0].indexOf(m[1]!);
    scales.push({ value: m[1]!, top: m[2]!, sentence: s.index, valueStart, valueEnd: valueStart + m[1]!.length });
  }

  return { quotes, roles, places, namings, lists, scales, enumerations: findEnumerations(sentences) };
}
