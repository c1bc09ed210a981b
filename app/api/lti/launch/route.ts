import { randomBytes } from "node:crypto";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { frameCookie } from "@/lib/lti/framing";
import { issueHandoff } from "@/lib/lti/handoff";
import { ltiErrorResponse, readLtiParams, toolOrigin } from "@/lib/lti/http";
import { launch, type LaunchOutcome } from "@/lib/lti/launch";
import { framedLaunchPage, PROBE_COOKIE } from "@/lib/lti/launch-page";
import { launchSessionCookie } from "@/lib/lti/session";
import { API_CSP } from "@/lib/security-headers";

/** Inside the LMS iframe the browser may drop our cookies; a top-level launch keeps them. */
const inFrame = (request: Request) => ["iframe", "frame"].includes(request.headers.get("sec-fetch-dest") ?? "");

async function framedAnswer(outcome: LaunchOutcome, origin: string) {
  const handoff = await issueHandoff({ db: await getDb(), ...outcome.launcher, to: outcome.redirectTo });
  return framedLaunchPage({
    to: `${origin}${outcome.redirectTo}`,
    continueUrl: `${origin}/api/lti/continue?h=${encodeURIComponent(handoff)}`,
    frameOrigins: outcome.frameOrigins,
    nonce: randomBytes(16).toString("base64"),
  });
}

/**
 * The launch (redirect_uri): the platform form-posts the id_token here from its own site, so no
 * route() same-origin check; the token's signature, nonce and state are what is checked instead.
 * Top-level: 303 to the page the launch opens, signed in. In an iframe: a page that continues
 * when the cookie was kept, or offers a new window (next.config.ts leaves it its own CSP).
 */
export async function POST(request: Request) {
  try {
    const outcome = await launch({ db: await getDb(), params: await readLtiParams(request) });
    const origin = toolOrigin(request);
    const response = inFrame(request)
      ? await framedAnswer(outcome, origin)
      : NextResponse.redirect(`${origin}${outcome.redirectTo}`, { status: 303, headers: { "cache-control": "no-store", "content-security-policy": API_CSP } });
    const session = await launchSessionCookie(request, outcome.provisioned.user);
    response.cookies.set(session.name, session.value, session.options);
    const frame = frameCookie(request, outcome.frameOrigins);
    response.cookies.set(frame.name, frame.value, frame.options);
    // Readable by the page's script: it tells whether the browser kept cookies here at all.
    response.cookies.set(PROBE_COOKIE, "1", { ...frame.options, httpOnly: false, maxAge: 60 });
    return response;
  } catch (err) {
    return ltiErrorResponse(err, request);
  }
}
