/**
 * A session token's claims, decrypted once per process and kept while the token is valid.
 * Decrypting (key derivation, AES-CBC, HMAC) is the largest CPU cost of a busy route after the
 * framework's own, and a browser sends the same token on every request. Keeping it in memory is
 * safe: a claim authorizes nothing until the database has checked it (lib/db/users.ts
 * `sessionUserColumn` / `getSessionCheck`), an entry never outlives its token's `exp`, and
 * another instance, or this one after a restart, just decrypts again.
 */
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { SessionClaim } from "@/lib/db/users";

/** The fields lib/auth/config.ts's `jwt` callback puts in the token, and its expiry. */
const tokenClaimsSchema = z.object({ uid: z.uuid(), sid: z.uuid(), sv: z.int().min(0), exp: z.number() });

/** Tokens kept per process: one per signed-in browser that talks to this instance. */
const MAX_TOKENS = 10_000;

export type ClaimsReader = (token: string, decrypt: (token: string) => Promise<unknown>) => Promise<SessionClaim | null>;

export function claimsReader({ max = MAX_TOKENS, now = () => Date.now() }: { max?: number; now?: () => number } = {}): ClaimsReader {
  const known = new LRUCache<string, SessionClaim>({ max, perf: { now } });
  return async (token, decrypt) => {
    const hit = known.get(token);
    if (hit) return hit;
    const claims = tokenClaimsSchema.safeParse(await decrypt(token));
    if (!claims.success) return null;
    const claim = { userId: claims.data.uid, sid: claims.data.sid, sv: claims.data.sv };
    const ttl = claims.data.exp * 1000 - now();
    if (ttl > 0) known.set(token, claim, { ttl });
    return claim;
  };
}
