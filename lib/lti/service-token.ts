/**
 * OAuth2 client-credentials tokens for the LTI Advantage services (Security Framework §4.1,
 * RFC 7523): the tool proves itself with a JWT signed by its own key, which the platform checks
 * against our JWKS. One token per sync run and platform; nothing kept in memory between runs.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import type { Platform } from "@/lib/db/lti-platforms";
import type { Conn } from "@/lib/db/types";
import { signingKey, SIGNING_ALG } from "./keys";

const TIMEOUT_MS = 10_000;

const tokenResponseSchema = z.object({ access_token: z.string().min(1), token_type: z.string().optional(), expires_in: z.number().optional() });

export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

/** The client assertion: iss = sub = our client id, aud = the platform's token endpoint. */
export async function clientAssertion(db: Conn, platform: Platform): Promise<string> {
  const { kid, key } = await signingKey(db);
  return new SignJWT({})
    .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(key);
}

/** An access token for the given scopes, or a ServiceError saying what the platform answered. */
export async function serviceToken(db: Conn, platform: Platform, scopes: string[]): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
    client_assertion: await clientAssertion(db, platform),
    scope: scopes.join(" "),
  });
  const res = await fetch(platform.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch((err: Error) => {
    throw new ServiceError(`The token endpoint could not be reached: ${err.message}`);
  });
  const text = await res.text();
  if (!res.ok) throw new ServiceError(`The token endpoint answered ${res.status}: ${text.slice(0, 300)}`, res.status);
  let parsed: z.ZodSafeParseResult<z.infer<typeof tokenResponseSchema>>;
  try {
    parsed = tokenResponseSchema.safeParse(JSON.parse(text));
  } catch {
    throw new ServiceError("The token endpoint answered something that is not JSON.");
  }
  if (!parsed.success) throw new ServiceError("The token endpoint's answer has no access_token.");
  return parsed.data.access_token;
}

/** A service call with the bearer token, a timeout, and failures as ServiceError. */
export async function callService(url: string, init: RequestInit & { token: string }): Promise<Response> {
  const { token, headers, ...rest } = init;
  const res = await fetch(url, { ...rest, headers: { ...headers, authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) }).catch((err: Error) => {
    throw new ServiceError(`${new URL(url).host} could not be reached: ${err.message}`);
  });
  if (!res.ok) throw new ServiceError(`${new URL(url).host} answered ${res.status}: ${(await res.text()).slice(0, 300)}`, res.status);
  return res;
}
