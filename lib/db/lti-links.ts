import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Conn } from "./types";
import { assignments, classes, enrolments, ltiContexts, ltiResourceLinks, ltiUsers, quizzes, users } from "./schema";

/** The Readcheck account an LMS user is linked to. */
export async function getLinkedUser({ db, issuer, sub }: { db: Conn; issuer: string; sub: string }) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, sessionVersion: users.sessionVersion })
    .from(ltiUsers)
    .innerJoin(users, eq(users.id, ltiUsers.userId))
    .where(and(eq(ltiUsers.issuer, issuer), eq(ltiUsers.sub, sub)));
  return row;
}

/** Links an LMS user; false when another launch linked them first (the primary key decides). */
export async function linkUser({ db, issuer, sub, userId }: { db: Conn; issuer: string; sub: string; userId: string }) {
  const rows = await db.insert(ltiUsers).values({ issuer, sub, userId }).onConflictDoNothing().returning({ userId: ltiUsers.userId });
  return rows.length > 0;
}

/** An LMS user's id (`sub`) at the issuer, for the scores we post about them. */
export async function getLmsSub({ db, issuer, userId }: { db: Conn; issuer: string; userId: string }) {
  const [row] = await db.select({ sub: ltiUsers.sub }).from(ltiUsers).where(and(eq(ltiUsers.issuer, issuer), eq(ltiUsers.userId, userId)));
  return row?.sub;
}

export async function getContext({ db, issuer, contextId }: { db: Conn; issuer: string; contextId: string }) {
  const [row] = await db
    .select({ classId: ltiContexts.classId, teacherId: classes.teacherId, membershipsUrl: ltiContexts.membershipsUrl })
    .from(ltiContexts)
    .innerJoin(classes, eq(classes.id, ltiContexts.classId))
    .where(and(eq(ltiContexts.issuer, issuer), eq(ltiContexts.contextId, contextId)));
  return row;
}

/** The LMS course a class is linked to, with its platform. */
export async function getContextForClass({ db, classId }: { db: Conn; classId: string }) {
  const [row] = await db.select().from(ltiContexts).where(eq(ltiContexts.classId, classId));
  return row;
}

export async function linkContext({
  db,
  issuer,
  contextId,
  platformId,
  classId,
}: {
  db: Conn;
  issuer: string;
  contextId: string;
  platformId: string;
  classId: string;
}) {
  const rows = await db.insert(ltiContexts).values({ issuer, contextId, platformId, classId }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** Keeps the course's NRPS URL as the latest launch gave it (platforms may move it). */
export async function setMembershipsUrl({ db, issuer, contextId, url }: { db: Conn; issuer: string; contextId: string; url: string }) {
  await db
    .update(ltiContexts)
    .set({ membershipsUrl: url })
    .where(and(eq(ltiContexts.issuer, issuer), eq(ltiContexts.contextId, contextId), sql`${ltiContexts.membershipsUrl} is distinct from ${url}`));
}

export async function markRosterSynced({ db, classId }: { db: Conn; classId: string }) {
  await db.update(ltiContexts).set({ rosterSyncedAt: sql`now()` }).where(eq(ltiContexts.classId, classId));
}

/** An assignment of the class, if it is one (a custom parameter names it; the class must own it). */
export async function getClassAssignment({ db, classId, assignmentId }: { db: Conn; classId: string; assignmentId: string }) {
  const [row] = await db
    .select({ id: assignments.id, quizId: assignments.quizId, title: quizzes.title })
    .from(assignments)
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(and(eq(assignments.id, assignmentId), eq(assignments.classId, classId)));
  return row;
}

export async function getResourceLink({ db, issuer, resourceLinkId }: { db: Conn; issuer: string; resourceLinkId: string }) {
  const [row] = await db
    .select()
    .from(ltiResourceLinks)
    .where(and(eq(ltiResourceLinks.issuer, issuer), eq(ltiResourceLinks.resourceLinkId, resourceLinkId)));
  return row;
}

/** Records (or refreshes) where a resource link points and which line item its scores go to. */
export async function saveResourceLink({
  db,
  issuer,
  resourceLinkId,
  platformId,
  assignmentId,
  lineItemUrl,
}: {
  db: Conn;
  issuer: string;
  resourceLinkId: string;
  platformId: string;
  assignmentId: string;
  lineItemUrl: string | null;
}) {
  await db
    .insert(ltiResourceLinks)
    .values({ issuer, resourceLinkId, platformId, assignmentId, lineItemUrl })
    .onConflictDoUpdate({
      target: [ltiResourceLinks.issuer, ltiResourceLinks.resourceLinkId],
      // A link stays on its first assignment; only the line item may be learned later.
      set: { lineItemUrl: sql`coalesce(excluded.line_item_url, ${ltiResourceLinks.lineItemUrl})` },
    });
}

/** An Instructor launch makes a linked student account a teacher (never the other way). */
export async function promoteToTeacher({ db, userId }: { db: Conn; userId: string }) {
  await db.update(users).set({ role: "teacher" }).where(and(eq(users.id, userId), eq(users.role, "student")));
}

/** Puts a student in the class; already there is a no-op. */
export async function enrolStudent({ db, classId, userId }: { db: Conn; classId: string; userId: string }) {
  await db.insert(enrolments).values({ classId, userId }).onConflictDoNothing();
}

/** The teacher's classes that are linked to an LMS course, with the roster service state. */
export async function listLinkedClassesForTeacher({ db, teacherId }: { db: Conn; teacherId: string }) {
  return db
    .select({ classId: classes.id, name: classes.name, membershipsUrl: ltiContexts.membershipsUrl, rosterSyncedAt: ltiContexts.rosterSyncedAt })
    .from(ltiContexts)
    .innerJoin(classes, eq(classes.id, ltiContexts.classId))
    .where(eq(classes.teacherId, teacherId))
    .orderBy(classes.name);
}
