/**
 * The taking view of a question: exactly what a student may see before submitting. Never the key,
 * tolerance, unit aliases, explanation, evidence, skill or difficulty.
 *
 * Options, ordering items and matching right-hand entries are shuffled from a seed, so one
 * attempt always shows the same order and different attempts usually differ. The shuffle never
 * looks at the key of a single or multiple question, so the order cannot give the key away.
 */
import { z } from "zod";
import { choiceSchema, type Choice, type Question } from "./schema";

const common = {
  id: z.string().min(1),
  prompt: z.string(),
  points: z.number().positive(),
};
const choices = z.array(choiceSchema);

// strictObject: a key field that leaks into a view fails validation instead of reaching a browser.
export const publicQuestionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...common, type: z.literal("single"), options: choices }),
  z.strictObject({ ...common, type: z.literal("multiple"), options: choices }),
  z.strictObject({ ...common, type: z.literal("truefalse") }),
  z.strictObject({ ...common, type: z.literal("numeric"), unit: z.string().optional() }),
  z.strictObject({ ...common, type: z.literal("short") }),
  z.strictObject({ ...common, type: z.literal("blank"), blanks: z.int().min(1) }),
  z.strictObject({ ...common, type: z.literal("ordering"), items: choices }),
  z.strictObject({ ...common, type: z.literal("matching"), left: choices, right: choices }),
  z.strictObject({ ...common, type: z.literal("evidence"), maxSelect: z.int().min(1) }),
]);
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;

/** The student's view of `question`; the same seed always gives the same order. */
export function toPublicQuestion(question: Question, seed: string): PublicQuestion {
  const random = seededRandom(`${seed}\u0000${question.id}`);
  const base = { id: question.id, prompt: question.prompt, points: question.points };
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...base, type: question.type, options: copy(shuffle(question.options, random)) };
    case "truefalse":
    case "short":
      return { ...base, type: question.type };
    case "numeric":
      return question.unit ? { ...base, type: "numeric", unit: question.unit } : { ...base, type: "numeric" };
    case "blank":
      return { ...base, type: "blank", blanks: question.answer.length };
    case "ordering":
      return { ...base, type: "ordering", items: copy(shuffleOutOfOrder(question.items, question.answer, random)) };
    case "matching":
      return { ...base, type: "matching", left: copy(question.left), right: copy(shuffle(question.right, random)) };
    case "evidence":
      return { ...base, type: "evidence", maxSelect: question.maxSelect ?? question.answer.length };
  }
}

// Only id and text leave, whatever else a choice object might carry.
const copy = (items: readonly Choice[]): Choice[] => items.map(({ id, text }) => ({ id, text }));

/**
 * Shown already in the right order, an ordering question answers itself; reshuffle (still
 * deterministically) and, should that keep failing, rotate by one, which always differs for n ≥ 2.
 */
function shuffleOutOfOrder(items: readonly Choice[], key: readonly string[], random: () => number): Choice[] {
  const solved = (list: Choice[]) => list.every((item, i) => item.id === key[i]);
  let list = shuffle(items, random);
  for (let tries = 0; tries < 8 && list.length >= 2 && solved(list); tries++) list = shuffle(items, random);
  if (list.length >= 2 && solved(list)) list = [...list.slice(1), list[0]!];
  return list;
}

/** Fisher–Yates with the given source of randomness; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** mulberry32 seeded with the FNV-1a hash of `seed`: small, fast and the same on every platform. */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
