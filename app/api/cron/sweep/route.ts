import { createHash, timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import { closeExpired } from "@/lib/attempts/service";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { syncScores } from "@/lib/lti/scores";

/**
 * The scheduled sweep (Vercel Cron, see vercel.json; or any scheduler that sends the bearer token):
 * closes timed attempts whose time is up, grading what was saved, then sends every LMS score that
 * is due (LTI AGS), so neither waits for the next person to open a page. Every step is a query on
 * Postgres state, so any instance may run it, and two runs at once do no harm (scores are claimed
 * with a lease; closing an attempt is a conditional write).
 */
export const GET = route(async (request: Request) => {
  const secret = env.CRON_SECRET;
  if (!secret) throw new AppError("not_found", "The scheduled sweep is off: set CRON_SECRET to turn it on.");
  if (!sameToken(request.headers.get("authorization") ?? "", `Bearer ${secret}`)) {
    throw new AppError("unauthorized", "Send Authorization: Bearer <CRON_SECRET>.");
  }
  const db = await getDb();
  const closed = await closeExpired({ db });
  const scores = await syncScores({ db });
  return NextResponse.json({ closedAttempts: closed, scoresSent: scores.sent, scoresFailed: scores.failed });
});

/** Constant-time comparison of two strings of any length. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
