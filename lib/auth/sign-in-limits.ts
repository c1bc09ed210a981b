/**
 * Admits or refuses one sign-in attempt before its password is checked, and settles the count
 * after a success. The policy is lib/auth/rate-limit.ts; the counts live in Postgres.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { countSignInAttempt, settleSignInAttempt } from "@/lib/db/sign-in-attempts";
import { SIGN_IN_WINDOW_MS, signInVerdict, throttleKeys, type AttemptCount, type Verdict } from "./rate-limit";

export async function admitSignIn({ db, email, address }: { db: Db; email: string; address: string | null }): Promise<Verdict> {
  const keys = throttleKeys(email, address);
  const first = await count(db, keys.first);
  const verdict = signInVerdict(first);
  if (!verdict.allowed) return verdict;
  // Counted only when admitted, so a locked-out guesser cannot slow the owner down further.
  const account = await count(db, [keys.account]);
  const slower = signInVerdict(account);
  return { allowed: true, delayMs: Math.max(verdict.delayMs, slower.allowed ? slower.delayMs : 0) };
}

export async function settleSignIn({ db, email, address }: { db: Db; email: string; address: string | null }) {
  const keys = throttleKeys(email, address);
  const pair = keys.first.filter((k) => k.kind === "pair").map((k) => k.key);
  const ip = keys.first.filter((k) => k.kind === "ip").map((k) => k.key);
  await settleSignInAttempt({ db, forget: [...pair, keys.account.key], uncount: ip });
}

async function count(db: Db, keys: { kind: AttemptCount["kind"]; key: string }[]): Promise<AttemptCount[]> {
  const rows = await countSignInAttempt({ db, keys: keys.map((k) => k.key), windowMs: SIGN_IN_WINDOW_MS });
  return keys.map(({ kind, key }) => {
    const row = rows.find((r) => r.key === key);
    return { kind, count: row?.count ?? 1, retryAfterMs: row?.retryAfterMs ?? SIGN_IN_WINDOW_MS };
  });
}
