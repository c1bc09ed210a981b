/**
 * Deep Linking 2.0: a teacher in the LMS picks a quiz, Readcheck assigns it to the course's class
 * and answers the platform with a signed LtiDeepLinkingResponse holding one ltiResourceLink
 * content item with a line item, so the LMS gradebook gets a column.
 * https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-response-message
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { resolveAuthSecret } from "@/lib/auth/secret";
import type { Platform } from "@/lib/db/lti-platforms";
import type { Conn } from "@/lib/db/types";
import { ASSIGNMENT_PARAM, CLAIM, type DeepLinkingClaims } from "./claims";
import { LtiError } from "./errors";
import { signingKey, SIGNING_ALG } from "./keys";

/** How long the teacher has to pick a quiz before the LMS's request is stale. */
const PICK_TTL_S = 60 * 60;
const RESPONSE_TTL_S = 5 * 60;

/** What the picker page needs from the deep-linking request, carried signed (not stored). */
export const pickContextSchema = z.object({
  platformId: z.uuid(),
  userId: z.uuid(),
  classId: z.uuid(),
  deploymentId: z.string(),
  returnUrl: z.url(),
  data: z.string().optional(),
});
export type PickContext = z.infer<typeof pickContextSchema>;

// A key of its own, derived from the session secret: a pick token is never a session token.
const pickKey = () => createHash("sha256").update(`readcheck lti deep-link pick\n${resolveAuthSecret()}`).digest();

export async function signPickContext(context: PickContext): Promise<string> {
  return new SignJWT({ ...context }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(`${PICK_TTL_S}s`).sign(pickKey());
}

/** The pick context, if the token is ours, unexpired and issued to this user. */
export async function readPickContext(token: string, userId: string): Promise<PickContext> {
  try {
    const { payload } = await jwtVerify(token, pickKey(), { algorithms: ["HS256"] });
    const context = pickContextSchema.parse(payload);
    if (context.userId !== userId) throw new Error("another user's pick");
    return context;
  } catch {
    throw new LtiError("invalid_request", "This quiz picker has expired or belongs to another launch. Open it again from the LMS.");
  }
}

export function pickContextOf(claims: DeepLinkingClaims, platformId: string, userId: string, classId: string): PickContext {
  const settings = claims[CLAIM.deepLinkingSettings];
  return {
    platformId,
    userId,
    classId,
    deploymentId: claims[CLAIM.deploymentId],
    returnUrl: settings.deep_link_return_url,
    data: settings.data,
  };
}

export type PickedQuiz = { assignmentId: string; title: string; scoreMaximum: number };

/** The ltiResourceLink content item for an assignment (DL 2.0 §3.3), with its gradebook line item. */
export function resourceLinkItem(launchUrl: string, picked: PickedQuiz) {
  return {
    type: "ltiResourceLink",
    title: picked.title,
    url: launchUrl,
    custom: { [ASSIGNMENT_PARAM]: picked.assignmentId },
    lineItem: { scoreMaximum: picked.scoreMaximum, label: picked.title, resourceId: picked.assignmentId },
  };
}

/** The signed LtiDeepLinkingResponse JWT, to be form-posted to the return URL as `JWT`. */
export async function deepLinkingResponse({
  db,
  platform,
  context,
  items,
}: {
  db: Conn;
  platform: Platform;
  context: PickContext;
  items: ReturnType<typeof resourceLinkItem>[];
}): Promise<string> {
  const { kid, key } = await signingKey(db);
  return new SignJWT({
    nonce: randomUUID(),
    [CLAIM.messageType]: "LtiDeepLinkingResponse",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: context.deploymentId,
    [CLAIM.contentItems]: items,
    ...(context.data !== undefined ? { [CLAIM.dlData]: context.data } : {}),
  })
    .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime(`${RESPONSE_TTL_S}s`)
    .sign(key);
}
