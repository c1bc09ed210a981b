import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { newJoinCode } from "@/lib/classes/join-code";
import { AppError, pgErrorCode } from "@/lib/errors";
import type { Conn } from "./types";
import { classes, enrolments, users } from "./schema";


const ACTIVE_NAME_KEY = "classes_teacher_active_name_key";

/** The constraint a unique violation names, looking through Drizzle's wrapper. */
function violatedConstraint(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === "string") return constraint;
    const message = (e as { message?: unknown }).message;
    // PGlite puts the index name only in the message.
    if (typeof message === "string" && message.includes(ACTIVE_NAME_KEY)) return ACTIVE_NAME_KEY;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A second active class of the same name is refused by the unique index, not by a pre-check. */
function nameTaken(err: unknown, name: string): never {
  if (pgErrorCode(err) === "23505" && violatedConstraint(err) === ACTIVE_NAME_KEY) {
    throw new AppError("conflict", `You already have a class called “${name.trim()}”. Give this one another name.`, [
      { path: "name", message: `You already have a class called “${name.trim()}”.` },
    ]);
  }
  throw err;
}

/** Retries on the (rare) collision with an existing code; the unique index is the arbiter. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write(newJoinCode());
    } catch (err) {
      if (pgErrorCode(err) !== "23505" || violatedConstraint(err) === ACTIVE_NAME_KEY || i >= 4) throw err;
    }
  }
}

export async function createClass({ db, teacherId, name }: { db: Conn; teacherId: string; name: string }) {
  try {
    return await withFreshCode(async (joinCode) => {
      const [row] = await db.insert(classes).values({ teacherId, name: name.trim(), joinCode }).returning();
      return row!;
    });
  } catch (err) {
    nameTaken(err, name);
  }
}

export async function getClassById({ db, id }: { db: Conn; id: string }) {
  const [row] = await db.select().from(classes).where(eq(classes.id, id));
  return row;
}

export async function updateClass({
  db,
  id,
  name,
  archived,
}: {
  db: Conn;
  id: string;
  name?: string;
  archived?: boolean;
}) {
  try {
    const [row] = await db
      .update(classes)
      .set({
        ...(name !== undefined ? { name: name.trim() } : {}),
        ...(archived !== undefined ? { archivedAt: archived ? new Date() : null } : {}),
      })
      .where(eq(classes.id, id))
      .returning();
    return row!;
  } catch (err) {
    // Renaming to, or restoring beside, an active class of the same name.
    const [current] = name === undefined ? await db.select({ name: classes.name }).from(classes).where(eq(classes.id, id)) : [];
    nameTaken(err, name ?? current?.name ?? "");
  }
}

export async function regenerateJoinCode({ db, id }: { db: Conn; id: string }) {
  return withFreshCode(async (joinCode) => {
    const [row] = await db.update(classes).set({ joinCode }).where(eq(classes.id, id)).returning();
    return row!;
  });
}

const studentCount = sql<number>`(select count(*)::int from "enrolments" e where e.class_id = "classes"."id")`;

export async function listClassesForTeacher({ db, teacherId }: { db: Conn; teacherId: string }) {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      joinCode: classes.joinCode,
      archivedAt: classes.archivedAt,
      createdAt: classes.createdAt,
      studentCount,
    })
    .from(classes)
    .where(eq(classes.teacherId, teacherId))
    // Active classes first (a plain ascending sort puts nulls, the active ones, last).
    .orderBy(sql`${classes.archivedAt} is not null`, asc(classes.name));
}

export async function listClassesForStudent({ db, userId }: { db: Conn; userId: string }) {
  return db
    .select({ id: classes.id, name: classes.name, teacherName: users.name, joinedAt: enrolments.joinedAt })
    .from(enrolments)
    .innerJoin(classes, eq(classes.id, enrolments.classId))
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(and(eq(enrolments.userId, userId), isNull(classes.archivedAt)))
    .orderBy(asc(classes.name));
}

/** Joins the class with this code; joining twice is a no-op. Archived classes take no one. */
export async function joinClassByCode({ db, userId, code }: { db: Conn; userId: string; code: string }) {
  const [cls] = await db
    .select({ id: classes.id, name: classes.name })
    .from(classes)
    .where(and(eq(classes.joinCode, code), isNull(classes.archivedAt)));
  if (!cls) throw new AppError("not_found", "No open class has this code. Check it with your teacher.");
  await db.insert(enrolments).values({ classId: cls.id, userId }).onConflictDoNothing();
  return cls;
}

export async function isEnrolled({ db, classId, userId }: { db: Conn; classId: string; userId: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(enrolments)
    .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, userId)));
  return (row?.n ?? 0) > 0;
}

export async function listRoster({ db, classId }: { db: Conn; classId: string }) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, joinedAt: enrolments.joinedAt })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(eq(enrolments.classId, classId))
    .orderBy(asc(users.name));
}

/** Removes the student from the roster; their attempts stay on record. */
export async function removeStudent({ db, classId, userId }: { db: Conn; classId: string; userId: string }) {
  const removed = await db
    .delete(enrolments)
    .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, userId)))
    .returning({ userId: enrolments.userId });
  if (!removed.length) throw new AppError("not_found", "That student is not in this class.");
}

/** A student's accommodations in a class (null when they are not in it). */
export async function getAccommodations({ db, classId, userId }: { db: Conn; classId: string; userId: string }) {
  const [row] = await db
    .select({ extraTime: enrolments.extraTime, extensionHours: enrolments.extensionHours, largeText: enrolments.largeText })
    .from(enrolments)
    .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, userId)));
  return row ?? null;
}

export async function setAccommodations({
  db,
  classId,
  userId,
  values,
}: {
  db: Conn;
  classId: string;
  userId: string;
  values: Partial<{ extraTime: number; extensionHours: number; largeText: boolean }>;
}) {
  const [row] = await db
    .update(enrolments)
    .set(values)
    .where(and(eq(enrolments.classId, classId), eq(enrolments.userId, userId)))
    .returning({ extraTime: enrolments.extraTime, extensionHours: enrolments.extensionHours, largeText: enrolments.largeText });
  if (!row) throw new AppError("not_found", "That student is not in this class.");
  return row;
}
