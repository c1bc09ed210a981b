/**
 * Grade passback (AGS 2.0 Score service): a state-based outbox. The sync claims, in Postgres,
 * each latest submitted attempt of an LTI-linked assignment whose score differs from the one
 * last posted (so a regrade is resent by itself), posts it to the line item's /scores, and
 * records the outcome; failures wait with exponential backoff. It runs after each submission
 * (Next's after()), from the teacher's sync log, and can run from a cron — any instance, any time.
 * https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service
 */
import "server-only";
import { claimDueScores, recordScoreFailure, recordScoreSent, type ClaimedScore } from "@/lib/db/lti-scores";
import { getPlatformById } from "@/lib/db/lti-platforms";
import type { Db } from "@/lib/db/types";
import { retryDelayMs } from "@/lib/retry";
import { SCOPE } from "./claims";
import { callService, serviceToken } from "./service-token";

const LEASE_SECONDS = 120;
const BATCH = 50;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 6 * 60 * 60 * 1000;

/** The AGS Score body (AGS 2.0 §3.4): the student's LMS id, the points, and that it is final. */
export function scoreBody(s: Pick<ClaimedScore, "lmsUserId" | "score" | "maxScore">, at: Date) {
  return {
    userId: s.lmsUserId,
    scoreGiven: s.score,
    scoreMaximum: s.maxScore,
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
    timestamp: at.toISOString(),
  };
}

/** `{lineitem}/scores`, keeping the line item URL's query (Moodle puts the item id there). */
export function scoresUrl(lineItemUrl: string): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/scores`;
  return url.toString();
}

export type SyncReport = { sent: number; failed: number };

async function post(db: Db, token: string, s: ClaimedScore, now: Date) {
  await callService(scoresUrl(s.lineItemUrl), {
    method: "POST",
    token,
    headers: { "content-type": "application/vnd.ims.lis.v1.score+json" },
    body: JSON.stringify(scoreBody(s, now)),
  });
  await recordScoreSent({ db, attemptId: s.attemptId, lineItemUrl: s.lineItemUrl, score: s.score, maxScore: s.maxScore, at: now });
}

/** Posts every score that is due (optionally one assignment's); never throws for a platform's failure. */
export async function syncScores({ db, now = new Date(), assignmentId, attemptId }: { db: Db; now?: Date; assignmentId?: string; attemptId?: string }): Promise<SyncReport> {
  const claimed = await claimDueScores({ db, now, leaseSeconds: LEASE_SECONDS, limit: BATCH, assignmentId, attemptId });
  const report: SyncReport = { sent: 0, failed: 0 };
  // One token per platform for this run; a platform's failure fails its scores only.
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (platformId: string) => {
    let t = tokens.get(platformId);
    if (!t) {
      t = (async () => {
        const platform = await getPlatformById({ db, id: platformId });
        if (!platform) throw new Error("The platform is no longer registered.");
        return serviceToken(db, platform, [SCOPE.score]);
      })();
      tokens.set(platformId, t);
    }
    return t;
  };
  for (const s of claimed) {
    try {
      await post(db, await tokenFor(s.platformId), s, now);
      report.sent++;
    } catch (err) {
      const wait = retryDelayMs({ attempt: s.tries + 1, baseMs: FIRST_RETRY_MS, maxMs: LONGEST_WAIT_MS });
      await recordScoreFailure({ db, attemptId: s.attemptId, lineItemUrl: s.lineItemUrl, error: (err as Error).message, nextTryAt: new Date(now.getTime() + wait) });
      report.failed++;
    }
  }
  return report;
}

/**
 * For after() once a response is sent: a sync whose failure is logged, never surfaced to the
 * student who submitted. Scoped to the attempt's assignment when given.
 */
export async function syncScoresInBackground(db: Db, scope: { attemptId?: string } = {}) {
  try {
    await syncScores({ db, ...scope });
  } catch (err) {
    console.error("[lti] score sync failed:", (err as Error).message);
  }
}
