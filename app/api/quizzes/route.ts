import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { listPublishedQuizzes } from "@/lib/db/quizzes";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const quizzes = await listPublishedQuizzes({ db: await getDb() });
  return NextResponse.json({
    quizzes: quizzes.map(({ id, slug, title, questionCount }) => ({ id, slug, title, questionCount })),
  });
});
