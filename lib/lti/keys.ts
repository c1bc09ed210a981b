/**
 * The tool's RS256 signing keys, kept in Postgres (lib/db/lti-platforms.ts): generated on first
 * use, rotated on request. Every instance signs with the same newest key and publishes the same
 * JWKS, so a platform verifying our assertions never meets a key only one instance knows.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { getActiveKey, insertKey, listPublishedKeys, retireKeysExcept } from "@/lib/db/lti-platforms";
import type { Conn } from "@/lib/db/types";

export const SIGNING_ALG = "RS256";

/** How long a retired key stays in the JWKS: longer than any token it signed lives. */
const RETIRED_KEY_GRACE_MS = 24 * 60 * 60 * 1000;

async function newKey(db: Conn) {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true, modulusLength: 2048 });
  const kid = randomUUID();
  const meta = { kid, alg: SIGNING_ALG, use: "sig" };
  return insertKey({
    db,
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
  });
}

/** The key that signs now, made on first use. Two instances racing both insert; the newest wins. */
export async function signingKey(db: Conn): Promise<{ kid: string; key: CryptoKey }> {
  const row = (await getActiveKey({ db })) ?? (await newKey(db));
  return { kid: row.kid, key: (await importJWK(row.privateJwk as JWK, SIGNING_ALG)) as CryptoKey };
}

/** The public JWKS: every key a platform may still meet, never a private part. */
export async function publicJwks(db: Conn, now = new Date()): Promise<{ keys: JWK[] }> {
  let rows = await listPublishedKeys({ db, retiredSince: new Date(now.getTime() - RETIRED_KEY_GRACE_MS) });
  if (rows.length === 0) {
    await newKey(db);
    rows = await listPublishedKeys({ db, retiredSince: new Date(now.getTime() - RETIRED_KEY_GRACE_MS) });
  }
  return { keys: rows.map((r) => publicPart(r.publicJwk as JWK)) };
}

const PUBLIC_RSA_MEMBERS = ["kty", "n", "e", "kid", "alg", "use"] as const;

/** Only the public members, whatever the stored JWK holds. */
function publicPart(jwk: JWK): JWK {
  return Object.fromEntries(PUBLIC_RSA_MEMBERS.filter((k) => jwk[k] !== undefined).map((k) => [k, jwk[k]])) as JWK;
}

/** A fresh key signs from now on; the old ones stay published for a day. */
export async function rotateSigningKey(db: Conn) {
  const fresh = await newKey(db);
  await retireKeysExcept({ db, keep: fresh.kid });
  return fresh.kid;
}
