/**
 * Sign-in throttling policy — pure, so it is unit-tested. The counts it judges come from one
 * atomic upsert per attempt in Postgres (lib/db/sign-in-attempts.ts), taken *before* the password
 * is checked, so concurrent guesses cannot all slip under a limit and any number of instances
 * share the count.
 *
 * Attempts are counted in a fixed window per key:
 * - pair (this account from this address): slowed after 3, refused after 5 until the window ends.
 *   Someone guessing from elsewhere fills their own pair, never the owner's: lockout must not be
 *   a denial of service (OWASP Authentication Cheat Sheet).
 * - account (every address together): slowed, never refused, so a distributed guesser gets
 *   slower while the owner can still sign in.
 * - ip (every account from one address): refused after 100, against password spraying. A class
 *   shares one address, so successful sign-ins are taken back off it.
 * An address is only known when it can be trusted (clientAddress): with none, the pair is the
 * account alone.
 */
import { isIP } from "node:net";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;

export const LIMITS = {
  pair: { slowAfter: 3, refuseAfter: 5 },
  account: { slowAfter: 20, refuseAfter: Infinity },
  ip: { slowAfter: Infinity, refuseAfter: 100 },
} as const;

export type KeyKind = keyof typeof LIMITS;
/** A key's attempts in its window, this one included, and when the window ends. */
export type AttemptCount = { kind: KeyKind; count: number; retryAfterMs: number };
export type Verdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

const MAX_DELAY_MS = 4_000;

export function signInVerdict(counts: AttemptCount[]): Verdict {
  let delayMs = 0;
  let retryAfterMs = 0;
  for (const { kind, count, retryAfterMs: windowLeft } of counts) {
    const { slowAfter, refuseAfter } = LIMITS[kind];
    if (count > refuseAfter) retryAfterMs = Math.max(retryAfterMs, windowLeft, 1);
    else if (count > slowAfter) {
      // 0.5 s, 1 s, 2 s … capped: enough to make guessing slow, short enough for a person.
      delayMs = Math.max(delayMs, Math.min(500 * 2 ** (count - slowAfter - 1), MAX_DELAY_MS));
    }
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true, delayMs };
}

/** The throttle keys of one attempt; the account key is counted only once the others admit it. */
export function throttleKeys(email: string, address: string | null) {
  return {
    first: [
      { kind: "pair" as const, key: `pair:${email}|${address ?? "unknown"}` },
      ...(address ? [{ kind: "ip" as const, key: `ip:${address}` }] : []),
    ],
    account: { kind: "account" as const, key: `account:${email}` },
  };
}

export type AddressTrust = { TRUSTED_PROXY_HOPS: number; VERCEL: boolean };

/**
 * The client's address, or null when it cannot be trusted. X-Forwarded-For is a list each proxy
 * appends to, and a client can start it with anything: with N trusted proxies in front of us the
 * client is the Nth entry from the right. Next.js fills the header with the socket address only
 * when the client sent none, so without a trusted proxy (N = 0) no entry can be believed. On
 * Vercel the platform writes its own header, which a client cannot set.
 */
export function clientAddress(headers: Headers, trust: AddressTrust): string | null {
  if (trust.VERCEL) return validAddress(headers.get("x-vercel-forwarded-for")?.split(",")[0]);
  if (trust.TRUSTED_PROXY_HOPS === 0) return null;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  if (hops.length < trust.TRUSTED_PROXY_HOPS || hops.every((h) => !h)) return null;
  return validAddress(hops[hops.length - trust.TRUSTED_PROXY_HOPS]);
}

function validAddress(raw: string | undefined): string | null {
  const value = raw?.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return value && isIP(value) ? value : null;
}

export const minutesText = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};
