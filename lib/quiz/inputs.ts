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
  /** Prompts already in the editor (unsaved ones too), so the replacement asks something else. */
  exclude: z.array(z.string().min(1).max(1000)).max(100).default([]),
});

/** Archive (kept with its results, hidden from students and assigning) or bring back as a draft. */
export const archiveSchema = z.strictObject({ archived: z.boolean() });

/** Send a copy of a quiz to another teacher, named by their account's email address. */
export const shareSchema = z.strictObject({
  email: z.string().trim().min(1, "Enter the other teacher's email address.").max(320).email("Enter a valid email address."),
});
