/** What the quiz authoring endpoints accept. */
import { z } from "zod";
import { quizFileSchema } from "./schema";

/** A quiz from the editor or the generator; the server assigns the slug of a new quiz. */
export const quizBodySchema = z.strictObject({ quiz: quizFileSchema });

export const publishSchema = z.strictObject({ published: z.boolean() });

export const generateSchema = z.strictObject({
  text: z.string().max(2_000_000, "That is far too long for an article."),
  title: z.string().trim().max(200).optional(),
  count: z.int().min(1).max(50).default(10),
});

export const regenerateSchema = z.strictObject({
  /** The question to replace, by its id in the quiz. */
  questionId: z.string().min(1).max(64),
  /**
   * What the replacement must not be: ids of generator candidates already offered or rejected
   * ("c…", as returned by earlier presses), and prompts already in the editor (unsaved ones too).
   */
  exclude: z.array(z.string().min(1).max(1000)).max(200).default([]),
});
