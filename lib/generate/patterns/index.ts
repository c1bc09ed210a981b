/**
 * The pattern registry: every question family, one file each. A new family is one file exporting
 * `family: Family` (name, cap, min, build) and one line here; see docs/generator.md.
 */
import type { Candidate, Ctx, Family } from "./construct";
import { family as centralIdea } from "./central-idea";
import { family as evidence } from "./evidence";
import { family as causeEffect } from "./cause-effect";
import { family as vocabulary } from "./vocabulary";
import { family as trueStatement } from "./true-statement";
import { family as enumeration } from "./enumeration";
import { family as actor } from "./actor";
import { family as attribution } from "./attribution";
import { family as claim } from "./claim";
import { family as role } from "./roles";
import { family as naming } from "./naming";
import { family as list } from "./list";
import { family as scale } from "./scale";
import { family as number } from "./number";
import { family as date } from "./date";
import { family as name } from "./name";
import { family as place } from "./place";
import { family as sequence } from "./sequence";
import { family as figure } from "./figure";

export const FAMILIES: Family[] = [
  centralIdea, evidence, causeEffect, vocabulary, trueStatement, enumeration,
  actor, attribution, claim, role, naming, list, scale, number, date, name, place, sequence,
  figure,
];

/** Families that still count for the mix even though their candidates carry another family name. */
export const EXTRA_FAMILIES: Record<string, { cap: number; min: number }> = { truefalse: { cap: 0.25, min: 2 } };

export const familyByName = new Map(FAMILIES.map((f) => [f.name, f]));

/** Every family's candidates, each tagged with its family. */
export function runFamilies(ctx: Ctx, families: Family[] = FAMILIES): Candidate[] {
  return families.flatMap((f) => f.build(ctx).map((c) => ({ ...c, family: c.family ?? f.name })));
}

export type { Candidate, Ctx, Family } from "./construct";
