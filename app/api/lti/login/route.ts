import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { ltiErrorResponse, readLtiParams, toolOrigin, toolUrls } from "@/lib/lti/http";
import { beginLogin, parseLoginInitiation } from "@/lib/lti/login";

/**
 * OIDC login initiation (LTI Core §5.1.1): platforms may use GET or POST, from another site, so
 * this is not wrapped in route() (its same-origin check would refuse every platform).
 */
async function handle(request: Request) {
  try {
    const login = parseLoginInitiation(await readLtiParams(request));
    const { redirectTo } = await beginLogin({ db: await getDb(), login, launchUrl: toolUrls(toolOrigin(request)).launch });
    return NextResponse.redirect(redirectTo, { status: 302, headers: { "cache-control": "no-store" } });
  } catch (err) {
    return ltiErrorResponse(err, request);
  }
}

export const GET = handle;
export const POST = handle;
