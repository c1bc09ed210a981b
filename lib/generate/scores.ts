/**
 * The one score table. A candidate's score is its family's base here plus the adjustments its
 * builder documents; rank.ts keeps candidates at or above MIN_SCORE, best first. Families that
 * test understanding (central idea, cause, evidence, vocabulary) start above recall of a detail.
 */
export const SCORES = {
  centralArticle: 4.2,
  centralParagraph: 3.2,
  evidence: 3.6,
  partB: 3.3,
  cause: 3.8,
  vocabulary: 3.4,
  trueStatement: 2.4,
  enumeration: 4.3,
  causeChain: 3.3,
  actor: 2.8,
  attribution: 2.8,
  claim: 2.9,
  roleMatching: 3.6,
  role: 3,
  naming: 4,
  list: 3.1,
  scale: 3.5,
  year: 2.9,
  number: 2.6,
  trueFalse: 2.1,
  name: 2.3,
  typedName: 1.9,
  month: 2.4,
  timeline: 3.3,
  place: 3,
  figure: 2.9,
} as const;

/** Below this a candidate is not worth a student's time. */
export const MIN_SCORE = 2;
