import { NextResponse } from "next/server";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getQuizById, newQuizSlug, saveQuizFile } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { draftFromImport } from "@/lib/formats/draft";
import { FORMATS, FormatError, importQuiz, MAX_IMPORT_BYTES } from "@/lib/formats";
import { parseWith, route } from "@/lib/http";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(FORMATS, { error: `format must be one of: ${FORMATS.join(", ")}` }).optional();
// Room for the multipart envelope around the file.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64_000;

async function readCapped(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) throw new AppError("payload_too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1e6} MB.`);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REQUEST_BYTES) {
      await reader.cancel();
      throw new AppError("payload_too_large", `The file is larger than ${MAX_IMPORT_BYTES / 1e6} MB.`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The uploaded file: a multipart `file` field (and optional `format`), or the raw body. */
async function readUpload(request: Request): Promise<{ bytes: Uint8Array; format?: string }> {
  const body = await readCapped(request);
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) return { bytes: body, format: new URL(request.url).searchParams.get("format") ?? undefined };
  let form: FormData;
  try {
    form = await new Response(Buffer.from(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", "The upload is not valid multipart form data.");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("validation_failed", "Attach the quiz file as the form field \"file\".", [{ path: "file", message: "required" }]);
  const format = form.get("format");
  return { bytes: new Uint8Array(await file.arrayBuffer()), format: typeof format === "string" && format ? format : undefined };
}

const STATUS_OF = { too_large: "payload_too_large", empty: "validation_failed", malformed: "unprocessable", unsafe: "unprocessable", wrong_format: "unsupported_media_type" } as const;

/**
 * A teacher imports a quiz file. A complete quiz is saved as their draft (201, open it in the
 * editor); one that lacks its article, evidence or explanations comes back as an unsaved draft
 * (200) for the editor to finish. Either way the report lists every question left out.
 */
export const POST = route(async (request: Request) => {
  const user = await requireTeacher();
  const upload = await readUpload(request);
  const format = parseWith(formatSchema, upload.format, "format");
  let outcome;
  try {
    outcome = importQuiz(upload.bytes, { format });
  } catch (err) {
    if (err instanceof FormatError) throw new AppError(STATUS_OF[err.code], err.message);
    throw err;
  }
  const report = { format: outcome.format, imported: outcome.quiz.questions.length, skipped: outcome.skipped, notes: outcome.notes };
  if (!outcome.quiz.questions.length) {
    throw new AppError(
      "unprocessable",
      `None of the ${outcome.skipped.length} question(s) in this file could be imported.`,
      outcome.skipped.map((s) => ({ path: `questions.${s.index}`, message: s.reason })),
    );
  }
  const { draft, complete, missing } = draftFromImport(outcome.quiz);
  if (!complete) return NextResponse.json({ quiz: null, draft, missing, report });
  const db = await getDb();
  const { id } = await db.transaction((tx) => saveQuizFile({ tx, file: { ...complete, slug: newQuizSlug(complete.title) }, status: "draft", ownerId: user.id }));
  return NextResponse.json({ quiz: await getQuizById({ db, id }), report }, { status: 201 });
});
