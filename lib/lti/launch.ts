/**
 * A launch end to end: the platform's form post → verified claims → linked accounts → where the
 * user lands. Resource links open their assignment (a student's quiz, a teacher's results);
 * deep-linking requests open the quiz picker.
 */
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/types";
import { CLAIM, isDeepLinkingLaunch, type LaunchClaims } from "./claims";
import { pickContextOf, signPickContext } from "./deep-linking";
import { LtiError } from "./errors";
import { provisionLaunch, type Provisioned } from "./provision";
import { verifyLaunch } from "./verify";

const launchFormSchema = z.object({
  id_token: z.string().min(1).max(60_000),
  state: z.string().min(1).max(512),
});

/** The platform's form post; an OIDC error answer (Core §5.1.1.3 via OIDC §3.2.2.6) is refused by name. */
export function parseLaunchForm(params: URLSearchParams) {
  const error = params.get("error");
  if (error) {
    const description = params.get("error_description");
    throw new LtiError("invalid_request", `The platform refused the login: ${error}${description ? ` — ${description}` : ""}`.slice(0, 500));
  }
  const parsed = launchFormSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LtiError("invalid_request", `Invalid launch: ${issue.path.join(".") || "(form)"} — ${issue.message}`);
  }
  return parsed.data;
}

async function destination(claims: LaunchClaims, platformId: string, p: Provisioned): Promise<string> {
  if (isDeepLinkingLaunch(claims)) {
    if (!p.classId) throw new LtiError("bad_claims", "A deep-linking launch must carry the course (context claim).");
    if (!p.managesClass) throw new LtiError("forbidden", "Only the course's Readcheck teacher (the instructor who opened it first) can add quizzes to it.");
    const token = await signPickContext(pickContextOf(claims, platformId, p.user.id, p.classId));
    return `/lti/deep-link?t=${encodeURIComponent(token)}`;
  }
  if (p.user.role === "student") return p.assignmentId ? `/quizzes/${p.quizId}` : "/classes";
  if (!p.managesClass) return "/teach";
  return p.assignmentId ? `/teach/assignments/${p.assignmentId}` : `/teach/classes/${p.classId}`;
}

export type LaunchOutcome = {
  provisioned: Provisioned;
  redirectTo: string;
  frameOrigins: string[];
  /** Who launched, at which platform: what a new-window handoff names. */
  launcher: { platformId: string; issuer: string; sub: string };
};

/** Origins that may frame Readcheck after this launch: the platform's own, as registered or signed. */
function frameOriginsOf(claims: LaunchClaims, platform: { issuer: string; authUrl: string }): string[] {
  const urls = [platform.issuer, platform.authUrl, claims[CLAIM.launchPresentation]?.return_url];
  const origins = urls.flatMap((u) => {
    try {
      return u ? [new URL(u).origin] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)].filter((o) => /^https?:\/\//.test(o));
}

export async function launch({ db, params, now = new Date() }: { db: Db; params: URLSearchParams; now?: Date }): Promise<LaunchOutcome> {
  const form = parseLaunchForm(params);
  const { platform, claims } = await verifyLaunch({ db, idToken: form.id_token, state: form.state, now });
  const provisioned = await provisionLaunch({ db, platform, claims });
  return {
    provisioned,
    redirectTo: await destination(claims, platform.id, provisioned),
    frameOrigins: frameOriginsOf(claims, platform),
    launcher: { platformId: platform.id, issuer: platform.issuer, sub: claims.sub },
  };
}
