/**
 * What may happen to a quiz its owner wants gone. Deleting would take attempts, results or a
 * class's assignment with it, so a quiz in use is refused with the reason; archiving keeps
 * everything recorded and only takes it out of circulation.
 */
export type QuizUsage = { attempts: number; students: number; assignments: number };

export function deleteRefusal(usage: QuizUsage): string | null {
  if (usage.attempts > 0) {
    const who = usage.students === 1 ? "1 student has" : `${usage.students} students have`;
    return `${who} already taken this quiz, and deleting it would delete their results. Archive it instead: it stays in their history and your gradebook.`;
  }
  if (usage.assignments > 0) {
    const n = usage.assignments;
    return `It is assigned to ${n === 1 ? "a class" : `${n} classes`}. Remove the assignment${n === 1 ? "" : "s"} first, or archive the quiz instead.`;
  }
  return null;
}

/** The title of a copy: "Copy of X" for the owner's duplicate, the same title for a shared copy. */
export function copyTitle(title: string, { shared }: { shared: boolean }): string {
  if (shared) return title;
  const copy = `Copy of ${title}`;
  return copy.length <= 200 ? copy : copy.slice(0, 200);
}
