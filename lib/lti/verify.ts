/**
 * Verifies a launch's id_token (LTI Core §5.1.3 and the Security Framework §5.1.3): the state
 * is consumed first (single use), then the token's signature against the platform's JWKS, its
 * issuer, audience (and azp), expiry and issue time, the nonce bound to that state, the
 * deployment id, and the message type and version. Nothing in the token is trusted before this.
 */
import "server-only";
import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify } from "jose";
import { getPlatformById, consumeLoginState, type Platform } from "@/lib/db/lti-platforms";
import type { Conn } from "@/lib/db/types";
import { CLAIM, parseLaunchClaims, type LaunchClaims } from "./claims";
import { LtiError } from "./errors";

/** Clock skew tolerated between us and the platform. */
const CLOCK_TOLERANCE_S = 60;

// A cache of fetched key sets per JWKS URL, not a source of truth: a miss only refetches.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function platformKeys(url: string) {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
    keySets.set(url, set);
  }
  return set;
}

/** The kid of a compact JWS's header, or null for anything that is not one. */
function headerKid(token: string): string | null {
  try {
    return decodeProtectedHeader(token).kid ?? null;
  } catch {
    return null;
  }
}

export type VerifiedLaunch = { platform: Platform; claims: LaunchClaims };

function tokenProblem(err: unknown): LtiError {
  if (err instanceof LtiError) return err;
  if (err instanceof joseErrors.JWTExpired) return new LtiError("invalid_token", "The id_token has expired.");
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    return new LtiError("invalid_token", `The id_token's ${err.claim} claim is not valid: ${err.message}`);
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return new LtiError("invalid_token", "The id_token's signature does not verify.");
  if (err instanceof joseErrors.JWKSNoMatchingKey) return new LtiError("invalid_token", "No key in the platform's JWKS matches the id_token.");
  if (err instanceof joseErrors.JOSEError) return new LtiError("invalid_token", `The id_token was refused: ${err.message}`);
  throw err;
}

/** Checks the state, then the token; throws LtiError naming the first failed check. */
export async function verifyLaunch({ db, idToken, state, now = new Date() }: { db: Conn; idToken: string; state: string; now?: Date }): Promise<VerifiedLaunch> {
  const consumed = await consumeLoginState({ db, state, now });
  if (!consumed) throw new LtiError("invalid_state", "The state is unknown, already used or expired. Launch again from the LMS.");
  const platform = await getPlatformById({ db, id: consumed.platformId });
  if (!platform) throw new LtiError("unknown_platform", "The platform of this login is no longer registered.");

  let payload: Record<string, unknown>;
  try {
    // Security Framework §6.3: the platform names its key. Without a kid, a key set of one would
    // still verify; 1EdTech's certification expects the token refused.
    if (!headerKid(idToken)) throw new LtiError("invalid_token", "The id_token is not a signed JWT naming its key (kid).");
    ({ payload } = await jwtVerify(idToken, platformKeys(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "iat", "sub", "nonce"],
      clockTolerance: CLOCK_TOLERANCE_S,
      currentDate: now,
    }));
  } catch (err) {
    throw tokenProblem(err);
  }
  // With several audiences the token must say which party it was issued to (OIDC Core §2).
  const multipleAudiences = Array.isArray(payload.aud) && payload.aud.length > 1;
  if ((multipleAudiences || payload.azp !== undefined) && payload.azp !== platform.clientId) {
    throw new LtiError("invalid_token", "The id_token's azp claim does not name this tool's client id.");
  }
  if (payload.nonce !== consumed.nonce) throw new LtiError("invalid_nonce", "The nonce does not belong to this login (replayed token?).");
  const deploymentId = payload[CLAIM.deploymentId];
  if (typeof deploymentId !== "string" || !platform.deploymentIds.includes(deploymentId)) {
    throw new LtiError("unknown_deployment", "The deployment id of this launch is not registered for the platform.");
  }
  const parsed = parseLaunchClaims(payload);
  if ("problem" in parsed) throw new LtiError(parsed.problem.code, parsed.problem.message);
  return { platform, claims: parsed.claims };
}
