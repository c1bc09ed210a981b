import { NextResponse } from "next/server";
import { z } from "zod";
import { parseWith, route } from "@/lib/http";
import { toolOrigin, toolUrls } from "@/lib/lti/http";
import { canvasConfig, registrationConfig } from "@/lib/lti/tool-config";

const querySchema = z.object({ format: z.enum(["canvas", "registration"]).default("canvas") });

/** The tool configuration an LMS admin pastes or points the LMS at (README: LTI 1.3). */
export const GET = route(async (request: Request) => {
  const { format } = parseWith(querySchema, Object.fromEntries(new URL(request.url).searchParams), "query");
  const urls = toolUrls(toolOrigin(request));
  return NextResponse.json(format === "canvas" ? canvasConfig(urls) : registrationConfig(urls));
});
