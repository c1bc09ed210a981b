/**
 * Sign-in throttling policy — pure, so it is unit-tested; the failures it counts live in Postgres
 * (lib/db/sign-in-failures.ts) so the limit holds across any number of server instances.
 *
 * Per account (email, whether or not it exists, so the answer never hints at that) and per client
 * address, failures in the last WINDOW count: after SLOW_AFTER failures each try is slowed down;
 * at LOCK_AFTER the key is locked until LOCK_FOR after its latest failure. A successful sign-in
 * clears the account's failures.
 */
export const WINDOW_MS = 15 * 60_000;
export const LOCK_FOR_MS = 15 * 60_000;
export const LIMITS = {
  email: { slowAfter: 3, lockAfter: 5 },
  // A school's whole class can share one address: never slow it, lock only on a real spray.
  ip: { slowAfter: 50, lockAfter: 50 },
} as const;

export type KeyKind = keyof typeof LIMITS;
export type FailureCount = { kind: KeyKind; count: number; latest: Date | null };
export type Verdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

export function signInVerdict(counts: FailureCount[], now: Date): Verdict {
  let delayMs = 0;
  let retryAfterMs = 0;
  for (const { kind, count, latest } of counts) {
    const { slowAfter, lockAfter } = LIMITS[kind];
    if (count >= lockAfter && latest) {
      retryAfterMs = Math.max(retryAfterMs, latest.getTime() + LOCK_FOR_MS - now.getTime());
    } else if (count >= slowAfter) {
      // 0.5 s, 1 s, 2 s … capped: enough to make guessing slow, short enough for a person.
      delayMs = Math.max(delayMs, Math.min(500 * 2 ** (count - slowAfter), 4_000));
    }
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true, delayMs };
}

/** The client's address as the nearest proxy reports it; null when unknown. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}

export const minutesText = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};
