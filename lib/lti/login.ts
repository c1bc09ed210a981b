/**
 * OIDC third-party-initiated login (LTI Core §5.1.1, OIDC Core §4): the platform names the
 * user and target, we answer with a redirect to its auth endpoint carrying a fresh state and
 * nonce, both stored in Postgres and good for one launch within ten minutes.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { findPlatforms, insertLoginState, type Platform } from "@/lib/db/lti-platforms";
import type { Conn } from "@/lib/db/types";
import { LtiError } from "./errors";

const STATE_TTL_MS = 10 * 60 * 1000;

const param = z.string().trim().min(1).max(2048);

export const loginInitiationSchema = z.object({
  iss: param,
  login_hint: param,
  target_link_uri: z.url({ protocol: /^https?$/ }).max(2048),
  lti_message_hint: param.optional(),
  client_id: param.optional(),
  lti_deployment_id: param.optional(),
});
export type LoginInitiation = z.infer<typeof loginInitiationSchema>;

/** The login parameters from a GET query or a form POST, validated. */
export function parseLoginInitiation(params: URLSearchParams): LoginInitiation {
  const parsed = loginInitiationSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LtiError("invalid_request", `Invalid login initiation: ${issue.path.join(".") || "(parameters)"} — ${issue.message}`);
  }
  return parsed.data;
}

async function platformFor(db: Conn, login: LoginInitiation): Promise<Platform> {
  const found = await findPlatforms({ db, issuer: login.iss, clientId: login.client_id });
  if (found.length === 0) throw new LtiError("unknown_platform", "No platform with this issuer (and client id) is registered in Readcheck.");
  // An issuer registered twice (Canvas Cloud shares one issuer) must say which client it means.
  if (found.length > 1) throw new LtiError("invalid_request", "Several registrations share this issuer: the login must send client_id.");
  const platform = found[0]!;
  if (login.lti_deployment_id && !platform.deploymentIds.includes(login.lti_deployment_id)) {
    throw new LtiError("unknown_deployment", "This deployment id is not registered for the platform.");
  }
  return platform;
}

const token = () => randomBytes(32).toString("base64url");

/** Stores a state and nonce and returns the platform auth request URL (response_mode form_post). */
export async function beginLogin({ db, login, launchUrl, now = new Date() }: { db: Conn; login: LoginInitiation; launchUrl: string; now?: Date }) {
  const platform = await platformFor(db, login);
  const state = token();
  const nonce = token();
  await insertLoginState({ db, state, nonce, platformId: platform.id, expiresAt: new Date(now.getTime() + STATE_TTL_MS) });
  const url = new URL(platform.authUrl);
  const query = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: login.login_hint,
    state,
    nonce,
    ...(login.lti_message_hint ? { lti_message_hint: login.lti_message_hint } : {}),
  };
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return { redirectTo: url.toString(), state, platform };
}
