/** Builds one family's candidates from a hand-written snippet, for the family tests. */
import { findEntities } from "../entities";
import { findRelations } from "../relations";
import { contextOf } from "../questions";
import { segment } from "../sentences";
import type { Candidate, Family } from "./construct";

export function run(family: Family, text: string): Candidate[] {
  return family.build(ctxFor(text));
}

/** The context the families build from, for a hand-written snippet. */
export function ctxFor(text: string) {
  const doc = segment(text);
  const ents = findEntities(doc);
  return contextOf(doc, ents, findRelations(doc, ents));
}

export const optionsOf = (c: Candidate) => (c.body.type === "single" || c.body.type === "multiple" ? c.body.options.map((o) => o.text) : []);
