/**
 * Names and Role Provisioning Services 2.0: the course roster from the LMS, so the class lists
 * students who have not launched yet (and the gradebook shows them as not started). Learners
 * get linked accounts and are enrolled; instructors are not made from a roster.
 * https://www.imsglobal.org/spec/lti-nrps/v2p0/
 */
import "server-only";
import { z } from "zod";
import { getManagedClass } from "@/lib/classes/access";
import type { Actor } from "@/lib/classes/permissions";
import { enrolStudent, getContextForClass, markRosterSynced } from "@/lib/db/lti-links";
import { getPlatformById } from "@/lib/db/lti-platforms";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { displayName, readcheckRole, SCOPE } from "./claims";
import { linkedUser } from "./provision";
import { callService, ServiceError, serviceToken } from "./service-token";

const MEMBERSHIP_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
const MAX_PAGES = 50;

const memberSchema = z.looseObject({
  user_id: z.string().min(1).max(1024),
  roles: z.array(z.string()).default([]),
  status: z.string().optional(),
  name: z.string().max(1024).optional(),
  given_name: z.string().max(1024).optional(),
  family_name: z.string().max(1024).optional(),
});
const containerSchema = z.looseObject({ members: z.array(memberSchema) });
type Member = z.infer<typeof memberSchema>;

/** The `rel="next"` page of an NRPS answer's Link header (NRPS 2.0 §2.4.2), if any. */
export function nextPage(link: string | null): string | null {
  for (const part of (link ?? "").split(",")) {
    const m = part.match(/<([^>]+)>\s*;\s*rel="?next"?/i);
    if (m) return m[1]!;
  }
  return null;
}

/** Learners the roster lists as active (status is optional and defaults to Active). */
export function activeLearners(members: Member[]): Member[] {
  return members.filter((m) => (m.status ?? "Active") === "Active" && readcheckRole(m.roles) === "student");
}

async function fetchMembers(url: string, token: string): Promise<Member[]> {
  const members: Member[] = [];
  for (let page: string | null = url, n = 0; page && n < MAX_PAGES; n++) {
    const res = await callService(page, { token, headers: { accept: MEMBERSHIP_MEDIA_TYPE } });
    const parsed = containerSchema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new AppError("bad_request", "The LMS answered the roster request with something that is not a membership container.");
    members.push(...parsed.data.members);
    page = nextPage(res.headers.get("link"));
  }
  return members;
}

/** Pulls the course roster into the class; answers how many learners it lists. */
export async function syncRoster({ db, classId, actor }: { db: Db; classId: string; actor: Actor }) {
  await getManagedClass({ db, id: classId, actor });
  const context = await getContextForClass({ db, classId });
  if (!context?.membershipsUrl) throw new AppError("conflict", "This class has no roster service from the LMS yet: launch Readcheck from the course first.");
  const platform = await getPlatformById({ db, id: context.platformId });
  if (!platform) throw new AppError("not_found", "The LMS of this class is no longer registered.");
  let learners: Member[];
  try {
    learners = activeLearners(await fetchMembers(context.membershipsUrl, await serviceToken(db, platform, [SCOPE.memberships])));
  } catch (err) {
    if (err instanceof ServiceError) throw new AppError("unprocessable", `The LMS did not give the roster: ${err.message}`);
    throw err;
  }
  await db.transaction(async (tx) => {
    for (const m of learners) {
      const user = await linkedUser(tx, platform.issuer, { sub: m.user_id, name: displayName(m), roles: m.roles });
      if (user.role === "student") await enrolStudent({ db: tx, classId, userId: user.id });
    }
    await markRosterSynced({ db: tx, classId });
  });
  return { learners: learners.length };
}
