import "server-only";
import type { KeyedQuestion } from "@/lib/attempts/grading";
import { getQuestionsWithKeys } from "./quizzes";
import type { Conn } from "./types";

/**
 * Question definitions with their keys, cached per process by question id.
 *
 * Safe because a question row never changes once written: edits are copy-on-write (lib/db/
 * quizzes.ts `saveQuizFile` retires the old row and inserts a new one), so a cached id always
 * means the same question and key. Nothing else is cached here, and a miss simply reads Postgres:
 * every instance reaches the same answer, and none depends on what another has cached.
 */
const MAX_ENTRIES = 20_000;
const holder = globalThis as unknown as { __readcheckKeys?: Map<string, KeyedQuestion> };
const cache = (holder.__readcheckKeys ??= new Map());

export async function getKeyedQuestions({ db, ids }: { db: Conn; ids: string[] }): Promise<Map<string, KeyedQuestion>> {
  const missing = ids.filter((id) => !cache.has(id));
  if (missing.length) {
    for (const row of await getQuestionsWithKeys({ db, ids: missing })) {
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(row.id, { question: row.question, explanation: row.explanation, evidence: row.evidence });
    }
  }
  const out = new Map<string, KeyedQuestion>();
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
  }
  return out;
}
