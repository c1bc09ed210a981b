import "server-only";
import { inArray, lt, sql } from "drizzle-orm";
import type { Db } from "./types";
import { signInAttempts } from "./schema";

export type AttemptKey = { key: string };

/**
 * Counts one attempt against each key in a single statement and returns the new counts: a
 * window that has run out starts again at 1. Concurrent attempts serialize on the row, so each
 * sees a distinct count — the check cannot race.
 */
export async function countSignInAttempt({ db, keys, windowMs }: { db: Db; keys: string[]; windowMs: number }) {
  if (!keys.length) return [];
  const window = sql`make_interval(secs => ${windowMs / 1000})`;
  const expired = sql`${signInAttempts.windowStartedAt} <= now() - ${window}`;
  const rows = await db
    .insert(signInAttempts)
    .values(keys.map((key) => ({ key, count: 1 })))
    .onConflictDoUpdate({
      target: signInAttempts.key,
      set: {
        count: sql`case when ${expired} then 1 else ${signInAttempts.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${signInAttempts.windowStartedAt} end`,
      },
    })
    .returning({
      key: signInAttempts.key,
      count: signInAttempts.count,
      retryAfterMs: sql<number>`greatest(0, ceil(extract(epoch from ${signInAttempts.windowStartedAt} + ${window} - now()) * 1000))::int`,
    });
  // Rows only matter for one window; prune now and then rather than on a schedule.
  if (Math.random() < 0.01) await db.delete(signInAttempts).where(lt(signInAttempts.windowStartedAt, sql`now() - ${window}`));
  return rows;
}

/** After a successful sign-in: forget the account's keys, and take the attempt back off the address. */
export async function settleSignInAttempt({ db, forget, uncount }: { db: Db; forget: string[]; uncount: string[] }) {
  if (forget.length) await db.delete(signInAttempts).where(inArray(signInAttempts.key, forget));
  if (uncount.length) {
    await db
      .update(signInAttempts)
      .set({ count: sql`greatest(${signInAttempts.count} - 1, 0)` })
      .where(inArray(signInAttempts.key, uncount));
  }
}
