import { NextResponse } from "next/server";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getExportableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getQuizFile } from "@/lib/db/quizzes";
import { AppError } from "@/lib/errors";
import { exportQuiz, FORMATS } from "@/lib/formats";
import { parseWith, route } from "@/lib/http";
import { idParam } from "@/lib/http-params";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const querySchema = z.strictObject({
  format: z.enum(FORMATS, { error: `format must be one of: ${FORMATS.join(", ")}` }),
  /** `report=1`: only what the export keeps and loses, as JSON, without the file. */
  report: z.enum(["1", "true"]).optional(),
});

/**
 * A teacher downloads their own quiz, or a library quiz, in another format. Students never get
 * one: the file holds the keys. What the format could not hold comes back in the report.
 */
export const GET = route(async (request: Request, { params }: Context) => {
  const user = await requireTeacher();
  const id = await idParam(params, "quiz");
  const { format, report } = parseWith(querySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
  const db = await getDb();
  await getExportableQuiz({ db, id, actor: user });
  const file = await getQuizFile({ db, id });
  if (!file || file.questions.length === 0) throw new AppError("unprocessable", "This quiz has no questions to export.");
  const out = exportQuiz(file, format);
  const summary = { format, filename: out.filename, total: file.questions.length, exported: out.exported, losses: out.losses };
  if (report) return NextResponse.json({ report: summary });
  return new NextResponse(Buffer.from(out.body), {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"`,
      "x-exported-questions": String(out.exported),
      "x-dropped-questions": String(out.losses.filter((l) => l.kind === "dropped").length),
    },
  });
});
