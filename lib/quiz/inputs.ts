/** What the quiz authoring endpoints accept. */
import { z } from "zod";
import { safeText } from "@/lib/zod-text";
import { quizFileSchema, type Article } from "./schema";

/** A quiz from the editor or the generator; the server assigns the slug of a new quiz. */
export const quizBodySchema = z.strictObject({ quiz: quizFileSchema });

export const publishSchema = z.strictObject({ published: z.boolean() });

export const generateSchema = z.strictObject({
  text: safeText().max(2_000_000, "That is far too long for an article."),
  title: safeText().trim().max(200).optional(),
  count: z.int().min(1).max(50).default(10),
});

export const regenerateSchema = z.strictObject({
  /** The question to replace, by its id in the quiz. */
  questionId: safeText().min(1).max(64),
  /**
   * What the replacement must not be: ids of generator candidates already offered or rejected
   * ("c…", as returned by earlier presses), and prompts already in the editor (unsaved ones too).
   */
  exclude: z.array(safeText().min(1).max(1000)).max(200).default([]),
});

/**
 * What an edit of a saved quiz may not do to its article: change the text, which every evidence
 * span and every recorded attempt's evidence points into. Paths are as the PUT body has them.
 */
export function articleEditIssues(saved: Pick<Article, "text">, next: Pick<Article, "text">): { path: string; message: string }[] {
  if (saved.text === next.text) return [];
  return [
    {
      path: "quiz.article.text",
      message: "The article's text cannot change once the quiz is saved: its evidence points into it. Make a new quiz from the edited text.",
    },
  ];
}

/** Archive (kept with its results, hidden from students and assigning) or bring back as a draft. */
export const archiveSchema = z.strictObject({ archived: z.boolean() });

/** Send a copy of a quiz to another teacher, named by their account's email address. */
export const shareSchema = z.strictObject({
  email: z.string().trim().min(1, "Enter the other teacher's email address.").max(320).email("Enter a valid email address."),
});
