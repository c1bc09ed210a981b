import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { redeemHandoff } from "@/lib/lti/handoff";
import { ltiErrorResponse, toolOrigin } from "@/lib/lti/http";
import { LtiError } from "@/lib/lti/errors";
import { launchSessionCookie } from "@/lib/lti/session";

const querySchema = z.object({ h: z.string().min(1).max(4096) });

/** The new-window fallback: a handoff from a framed launch signs in top-level, once. */
export async function GET(request: Request) {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new LtiError("invalid_request", "This link is missing its sign-in token.");
    const { user, to } = await redeemHandoff({ db: await getDb(), token: query.data.h });
    const response = NextResponse.redirect(`${toolOrigin(request)}${to}`, { status: 303, headers: { "cache-control": "no-store" } });
    const session = await launchSessionCookie(request, user);
    response.cookies.set(session.name, session.value, session.options);
    return response;
  } catch (err) {
    return ltiErrorResponse(err, request);
  }
}
