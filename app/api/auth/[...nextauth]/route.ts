import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { getSession } from "@/lib/auth/session";

export const { POST } = handlers;

/** Auth.js's own endpoints; its session endpoint also honours revocation (lib/auth/session.ts). */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session" && !(await getSession())) return Response.json(null);
  return handlers.GET(request);
}
