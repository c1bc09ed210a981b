import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { frameCookie } from "@/lib/lti/framing";
import { ltiErrorResponse, readLtiParams, toolOrigin } from "@/lib/lti/http";
import { launch } from "@/lib/lti/launch";
import { launchSessionCookie } from "@/lib/lti/session";

/**
 * The launch (redirect_uri): the platform form-posts the id_token here from its own site, so no
 * route() same-origin check; the token's signature, nonce and state are what is checked instead.
 * Answers 303 to the page the launch opens, signed in.
 */
export async function POST(request: Request) {
  try {
    const outcome = await launch({ db: await getDb(), params: await readLtiParams(request) });
    const response = NextResponse.redirect(`${toolOrigin(request)}${outcome.redirectTo}`, { status: 303, headers: { "cache-control": "no-store" } });
    const session = await launchSessionCookie(request, outcome.provisioned.user);
    response.cookies.set(session.name, session.value, session.options);
    const frame = frameCookie(request, outcome.frameOrigins);
    response.cookies.set(frame.name, frame.value, frame.options);
    return response;
  } catch (err) {
    return ltiErrorResponse(err, request);
  }
}
