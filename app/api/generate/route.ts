import { NextResponse } from "next/server";
import { requireTeacher } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { GenerateError } from "@/lib/generate";
import { readJson, route } from "@/lib/http";
import { generateSchema } from "@/lib/quiz/inputs";
import { generateQuizOffThread } from "@/lib/workers/generate";

export const dynamic = "force-dynamic";

const statusOf = {
  empty: "validation_failed",
  "not-english": "validation_failed",
  "not-text": "validation_failed",
  "too-long": "payload_too_large",
  "no-questions": "unprocessable",
} as const;

/** Drafts a quiz from a pasted article. Nothing is saved: the teacher reviews, then saves. */
export const POST = route(async (request: Request) => {
  await requireTeacher();
  const { text, title, count } = await readJson(request, generateSchema);
  try {
    const started = performance.now();
    const quiz = await generateQuizOffThread(text, { title, count });
    return NextResponse.json({ quiz, ms: Math.round(performance.now() - started) });
  } catch (err) {
    if (err instanceof GenerateError) {
      throw new AppError(statusOf[err.code], err.message, [{ path: "text", message: err.message }]);
    }
    throw err;
  }
});
