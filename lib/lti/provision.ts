/**
 * What a verified launch does in Readcheck: the LMS user becomes (or is) a linked account with
 * the LMS's role, the course becomes (or is) a linked class with the student enrolled, and the
 * resource link points at an assignment of that class. One transaction: a launch that fails
 * half-way leaves no account without its link.
 */
import "server-only";
import { createHash } from "node:crypto";
import { createClass } from "@/lib/db/classes";
import {
  enrolStudent,
  getClassAssignment,
  getContext,
  getLinkedUser,
  getResourceLink,
  linkContext,
  linkUser,
  promoteToTeacher,
  saveResourceLink,
  setMembershipsUrl,
} from "@/lib/db/lti-links";
import type { Platform } from "@/lib/db/lti-platforms";
import type { Db, Tx } from "@/lib/db/types";
import { createUser } from "@/lib/db/users";
import { findAppError, pgErrorCode } from "@/lib/errors";
import { ASSIGNMENT_PARAM, CLAIM, displayName, isResourceLinkLaunch, readcheckRole, type LaunchClaims } from "./claims";
import { LtiError } from "./errors";

export type LaunchUser = { id: string; email: string; name: string; role: "student" | "teacher"; sessionVersion: number };
/**
 * `classId` is the course's class; `managesClass` whether this user is its teacher (a class has
 * one: a second instructor of the course is signed in as a teacher but does not manage it).
 */
export type Provisioned = { user: LaunchUser; classId: string | null; managesClass: boolean; assignmentId: string | null; quizId: string | null };

/**
 * An address nobody can receive mail at (RFC 2606 `.invalid`), unique per LMS user: accounts made
 * by a launch sign in only through the LMS. The LMS's own email claim is not trusted to name an
 * existing account — a platform could claim anyone's.
 */
function syntheticEmail(issuer: string, sub: string) {
  const digest = createHash("sha256").update(`${issuer}\n${sub}`).digest("hex").slice(0, 24);
  return `lti-${digest}@lms.invalid`;
}

// No password: argon2 cannot verify this, so the account has no password sign-in.
const NO_PASSWORD = "!lti-launch-only";

/** An LMS person as a launch or a roster names them. */
export type LmsPerson = { sub: string; name: string; roles: readonly string[] };

/** The account linked to this LMS person, made (with the LMS's role) on first sight. */
export async function linkedUser(tx: Tx, issuer: string, person: LmsPerson): Promise<LaunchUser> {
  const role = readcheckRole(person.roles);
  const existing = await getLinkedUser({ db: tx, issuer, sub: person.sub });
  if (existing) {
    if (role === "teacher" && existing.role === "student") {
      await promoteToTeacher({ db: tx, userId: existing.id });
      return { ...existing, role: "teacher" };
    }
    return existing;
  }
  const created = await createUser({ db: tx, email: syntheticEmail(issuer, person.sub), name: person.name, passwordHash: NO_PASSWORD, role });
  await linkUser({ db: tx, issuer, sub: person.sub, userId: created.id });
  return created;
}

/** A class for a course an Instructor opens for the first time, named after it. */
async function newCourseClass(tx: Tx, teacherId: string, title: string, contextId: string) {
  const name = title.trim().slice(0, 120) || "LMS course";
  try {
    return await tx.transaction((inner) => createClass({ db: inner, teacherId, name }));
  } catch (err) {
    // The teacher already has an active class of that name: keep both, told apart by the course id.
    if (findAppError(err)?.code !== "conflict") throw err;
    return createClass({ db: tx, teacherId, name: `${name} (LMS ${contextId.slice(0, 12)})` });
  }
}

async function linkedClass(tx: Tx, platform: Platform, claims: LaunchClaims, user: LaunchUser): Promise<{ classId: string; teacherId: string } | null> {
  const context = claims[CLAIM.context];
  if (!context) return null;
  const issuer = platform.issuer;
  let found = await getContext({ db: tx, issuer, contextId: context.id });
  if (!found) {
    if (user.role !== "teacher") {
      throw new LtiError("not_linked", "Readcheck is not set up in this course yet: your teacher needs to open it from the course first.");
    }
    const cls = await newCourseClass(tx, user.id, context.title ?? context.label ?? "", context.id);
    await linkContext({ db: tx, issuer, contextId: context.id, platformId: platform.id, classId: cls.id });
    found = await getContext({ db: tx, issuer, contextId: context.id });
  }
  const membershipsUrl = claims[CLAIM.nrps]?.context_memberships_url;
  if (membershipsUrl) await setMembershipsUrl({ db: tx, issuer, contextId: context.id, url: membershipsUrl });
  if (user.role === "student") await enrolStudent({ db: tx, classId: found!.classId, userId: user.id });
  return found!;
}

/** The assignment a resource link launch opens: recorded for the link, or named by our custom parameter. */
async function linkedAssignment(tx: Tx, platform: Platform, claims: LaunchClaims, classId: string | null) {
  if (!isResourceLinkLaunch(claims) || !classId) return null;
  const link = claims[CLAIM.resourceLink];
  const lineItemUrl = claims[CLAIM.ags]?.lineitem ?? null;
  const known = await getResourceLink({ db: tx, issuer: platform.issuer, resourceLinkId: link.id });
  const assignmentId = known?.assignmentId ?? claims[CLAIM.custom]?.[ASSIGNMENT_PARAM];
  if (typeof assignmentId !== "string" || !/^[0-9a-f-]{36}$/i.test(assignmentId)) return null;
  // The custom parameter came through the platform, but it must still name this class's own assignment.
  const assignment = await getClassAssignment({ db: tx, classId, assignmentId });
  if (!assignment) return null;
  await saveResourceLink({ db: tx, issuer: platform.issuer, resourceLinkId: link.id, platformId: platform.id, assignmentId, lineItemUrl });
  return assignment;
}

/** Links or creates the user, class, enrolment and resource link of a verified launch. */
export async function provisionLaunch({ db, platform, claims, retried = false }: { db: Db; platform: Platform; claims: LaunchClaims; retried?: boolean }): Promise<Provisioned> {
  try {
    return await db.transaction(async (tx) => {
      const user = await linkedUser(tx, platform.issuer, { sub: claims.sub, name: displayName(claims), roles: claims[CLAIM.roles] });
      const cls = await linkedClass(tx, platform, claims, user);
      const assignment = await linkedAssignment(tx, platform, claims, cls?.classId ?? null);
      return {
        user,
        classId: cls?.classId ?? null,
        managesClass: cls?.teacherId === user.id,
        assignmentId: assignment?.id ?? null,
        quizId: assignment?.quizId ?? null,
      };
    });
  } catch (err) {
    // Two first launches of the same user or course racing: the loser's insert hit the key; the
    // winner's rows are there now, so a second pass links to them.
    const raced = !(err instanceof LtiError) && (findAppError(err)?.code === "conflict" || pgErrorCode(err) === "23505");
    if (raced && !retried) return provisionLaunch({ db, platform, claims, retried: true });
    throw err;
  }
}
