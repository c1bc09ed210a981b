/**
 * The new-window fallback for browsers that refuse cookies inside the LMS iframe (Safari, Brave,
 * any browser blocking third-party cookies): the launch page offers a link that opens Readcheck
 * top-level, where the session cookie is first-party. The link carries a handoff: a signed,
 * five-minute token naming the launched user, good once (its id is a single-use row beside the
 * login states, so a copied link cannot sign anyone in twice, on any instance).
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getLinkedUser } from "@/lib/db/lti-links";
import { consumeLoginState, insertLoginState } from "@/lib/db/lti-platforms";
import type { Conn } from "@/lib/db/types";
import { LtiError } from "./errors";
import type { LaunchUser } from "./provision";

const HANDOFF_TTL_MS = 5 * 60 * 1000;

const handoffSchema = z.object({ jti: z.uuid(), iss: z.string(), sub: z.string(), to: z.string() });

// A key of its own, derived from the session secret: a handoff is never a session token.
const handoffKey = () => createHash("sha256").update(`readcheck lti handoff\n${resolveAuthSecret()}`).digest();
const rowKey = (jti: string) => `handoff:${jti}`;

export async function issueHandoff({ db, platformId, issuer, sub, to, now = new Date() }: { db: Conn; platformId: string; issuer: string; sub: string; to: string; now?: Date }) {
  const jti = randomUUID();
  const expiresAt = new Date(now.getTime() + HANDOFF_TTL_MS);
  await insertLoginState({ db, state: rowKey(jti), nonce: rowKey(jti), platformId, expiresAt });
  return new SignJWT({ iss: issuer, sub, to }).setProtectedHeader({ alg: "HS256" }).setJti(jti).setExpirationTime(expiresAt).sign(handoffKey());
}

/** The user a handoff names and where it goes, using it up; LtiError when forged, expired or used. */
export async function redeemHandoff({ db, token, now = new Date() }: { db: Conn; token: string; now?: Date }): Promise<{ user: LaunchUser; to: string }> {
  let claims: z.infer<typeof handoffSchema>;
  try {
    const { payload } = await jwtVerify(token, handoffKey(), { algorithms: ["HS256"], currentDate: now });
    claims = handoffSchema.parse(payload);
  } catch {
    throw new LtiError("invalid_state", "This link has expired or is not valid. Open Readcheck again from the course.");
  }
  if (!(await consumeLoginState({ db, state: rowKey(claims.jti), now }))) {
    throw new LtiError("invalid_state", "This link was already used. Open Readcheck again from the course.");
  }
  const user = await getLinkedUser({ db, issuer: claims.iss, sub: claims.sub });
  if (!user) throw new LtiError("invalid_state", "The account of this link no longer exists.");
  return { user, to: safeCallbackUrl(claims.to, "/") };
}
