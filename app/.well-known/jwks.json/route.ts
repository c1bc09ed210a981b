import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { errorResponse } from "@/lib/http";
import { publicJwks } from "@/lib/lti/keys";

/** The tool's public keys, which platforms use to verify our client assertions and deep-linking responses. */
export async function GET() {
  try {
    const jwks = await publicJwks(await getDb());
    // Platforms cache it; a rotated-in key must reach them well within the retired key's grace day.
    return NextResponse.json(jwks, { headers: { "cache-control": "public, max-age=300" } });
  } catch (err) {
    return errorResponse(err);
  }
}
