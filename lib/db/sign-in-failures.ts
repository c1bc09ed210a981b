import "server-only";
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { WINDOW_MS, type FailureCount, type KeyKind } from "@/lib/auth/rate-limit";
import type { Db } from "./types";
import { signInFailures } from "./schema";

export type ThrottleKey = { kind: KeyKind; value: string };
const keyText = ({ kind, value }: ThrottleKey) => `${kind}:${value}`;

export async function countSignInFailures({ db, keys, now }: { db: Db; keys: ThrottleKey[]; now: Date }): Promise<FailureCount[]> {
  if (!keys.length) return [];
  const rows = await db
    .select({ key: signInFailures.key, count: sql<number>`count(*)::int`, latest: sql<string>`max(${signInFailures.at})` })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, keys.map(keyText)), gt(signInFailures.at, new Date(now.getTime() - WINDOW_MS))))
    .groupBy(signInFailures.key);
  return keys.map((k) => {
    const row = rows.find((r) => r.key === keyText(k));
    return { kind: k.kind, count: row?.count ?? 0, latest: row ? new Date(row.latest) : null };
  });
}

export async function recordSignInFailure({ db, keys }: { db: Db; keys: ThrottleKey[] }) {
  if (!keys.length) return;
  await db.insert(signInFailures).values(keys.map((k) => ({ key: keyText(k) })));
  // Old rows only ever matter for a day; prune now and then rather than on a schedule.
  if (Math.random() < 0.02) await db.delete(signInFailures).where(lt(signInFailures.at, sql`now() - interval '1 day'`));
}

export async function clearSignInFailures({ db, key }: { db: Db; key: ThrottleKey }) {
  await db.delete(signInFailures).where(eq(signInFailures.key, keyText(key)));
}
