/**
 * Read-aloud of one question, with no browser in it: what is spoken, in what order, and which
 * part of the question card each utterance belongs to (so the card can highlight it). The order
 * is the order on screen: the prompt, what to do, then each option as shown.
 */
import type { PublicQuestion } from "@/lib/quiz/public";
import { BLANK_PATTERN } from "@/lib/quiz/schema";

/** What a student is asked to do, per question type: shown under the prompt and read after it. */
export const QUESTION_INSTRUCTIONS: Record<PublicQuestion["type"], string> = {
  single: "Choose one answer.",
  multiple: "Choose all that apply.",
  truefalse: "Choose true or false.",
  numeric: "Enter a number.",
  short: "Answer in a few words.",
  blank: "Fill in the blanks.",
  ordering: "Put the items in order.",
  matching: "Match each item on the left.",
  evidence: "Select the sentences in the article that answer it.",
};

/**
 * One utterance. `part` names the element of the question card it reads (`data-speak` on the
 * card): "prompt", "instructions", "option:<id>", "item:<id>", "left:<id>" or "choices".
 */
export type SpokenPart = { part: string; text: string };

/** A fill-in-the-blank prompt as it is heard: each gap named "(blank n)". */
export function spokenBlankPrompt(prompt: string): string {
  const pieces = prompt.split(new RegExp(BLANK_PATTERN.source));
  return pieces.reduce((out, piece, i) => (i === 0 ? piece : `${out}(blank ${i})${piece}`), "");
}

/**
 * The utterances that read question `number` aloud. `order` is an ordering question's current
 * arrangement (the student may have moved items); items not in it are read in their shown order.
 */
export function questionToRead(question: PublicQuestion, number: number, order?: readonly string[]): SpokenPart[] {
  const prompt = question.type === "blank" ? spokenBlankPrompt(question.prompt) : question.prompt;
  const head: SpokenPart[] = [
    { part: "prompt", text: `Question ${number}. ${prompt}` },
    { part: "instructions", text: QUESTION_INSTRUCTIONS[question.type] },
  ];
  const numbered = (prefix: string, label: string, items: readonly { id: string; text: string }[]) =>
    items.map((item, i) => ({ part: `${prefix}:${item.id}`, text: `${label} ${i + 1}: ${item.text}` }));
  switch (question.type) {
    case "single":
    case "multiple":
      return [...head, ...numbered("option", "Option", question.options)];
    case "truefalse":
      return [...head, { part: "option:true", text: "True." }, { part: "option:false", text: "False." }];
    case "numeric":
      return question.unit ? [...head, { part: "instructions", text: `The answer is in ${question.unit}.` }] : head;
    case "ordering":
      return [...head, ...numbered("item", "Item", arranged(question.items, order))];
    case "matching":
      return [
        ...head,
        ...numbered("left", "Item", question.left),
        { part: "choices", text: `The choices are: ${question.right.map((r) => r.text).join("; ")}.` },
      ];
    case "short":
    case "blank":
    case "evidence":
      return head;
  }
}

function arranged<T extends { id: string }>(items: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const first = order.flatMap((id) => byId.get(id) ?? []);
  return [...first, ...items.filter((item) => !order.includes(item.id))];
}
