import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, pgErrorCode } from "@/lib/errors";
import type { Conn } from "./types";
import { enrolments, revokedSessions, users } from "./schema";

export type Role = "student" | "teacher";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function getUserByEmail({ db, email }: { db: Conn; email: string }) {
  const [row] = await db.select().from(users).where(eq(users.email, normalizeEmail(email)));
  return row;
}

export async function getUserById({ db, id }: { db: Conn; id: string }) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

/** What a session token claims (lib/auth/session.ts decodes it): nothing here trusts it yet. */
export type SessionClaim = { userId: string; sid: string; sv: number };

const sessionUserSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string().nullable(), role: z.enum(["student", "teacher"]) })
  .nullable();
/** The user a session column names: null when the session does not hold. */
export type SessionUserRow = NonNullable<z.infer<typeof sessionUserSchema>>;

/**
 * The claimed session's user as stored now (a changed role counts at once), as JSON — or null
 * when the account is gone, its sessions were all ended (the version moved on) or this one was
 * signed out. A column, so a use case can check its session in its own first statement; without
 * a claim, null.
 */
export const sessionUserColumn = (claim: SessionClaim | undefined) =>
  claim ? sessionUserOf(claim) : sql<unknown>`null`;

const sessionUserOf = (claim: SessionClaim) => sql<unknown>`(select json_build_object(
    'id', u.id, 'email', u.email, 'name', u.name, 'role', u.role)
  from ${users} u where u.id = ${claim.userId} and u.session_version = ${claim.sv}
    and not exists (select 1 from ${revokedSessions} r where r.sid = ${claim.sid}))`;

/** Reads a `sessionUserColumn` back (validated: JSON from the database is input too). */
export const parseSessionUser = (value: unknown): SessionUserRow | null => sessionUserSchema.parse(value);

/** The session check on its own, one round trip by primary key: the user, or null. */
export async function getSessionCheck({ db, claim }: { db: Conn; claim: SessionClaim }) {
  const result = await db.execute(sql`select ${sessionUserColumn(claim)} as "user"`);
  return parseSessionUser((result as unknown as { rows: { user: unknown }[] }).rows[0]?.user ?? null);
}

/** Ends every session the user has: tokens carry the old version and no longer match. */
export async function bumpSessionVersion({ db, id }: { db: Conn; id: string }) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id));
}

/** A new password for the user; the same statement ends every session they had. */
export async function changePassword({ db, id, passwordHash }: { db: Conn; id: string; passwordHash: string }) {
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id));
}

export async function getPasswordHash({ db, id }: { db: Conn; id: string }) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash;
}

/**
 * A teacher sets a new password for a student of one of their classes; the same statement ends
 * the student's sessions. False when the user is not a student enrolled in that class.
 */
export async function resetStudentPassword({
  db,
  classId,
  userId,
  passwordHash,
}: {
  db: Conn;
  classId: string;
  userId: string;
  passwordHash: string;
}): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(
      and(
        eq(users.id, userId),
        eq(users.role, "student"),
        sql`exists (select 1 from ${enrolments} where ${enrolments.classId} = ${classId} and ${enrolments.userId} = ${userId})`,
      ),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Inserts a user; an address already taken is a 409, decided by the unique index, not a pre-check. */
export async function createUser({
  db,
  email,
  name,
  passwordHash,
  role,
}: {
  db: Conn;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
}) {
  try {
    const [row] = await db
      .insert(users)
      .values({ email: normalizeEmail(email), name: name.trim(), passwordHash, role })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role, sessionVersion: users.sessionVersion });
    return row!;
  } catch (err) {
    if (pgErrorCode(err) === "23505") throw new AppError("conflict", "An account with this email already exists.");
    throw err;
  }
}

/** Creates the user unless the address exists; used by the demo seed. */
export async function ensureUser({
  db,
  ...values
}: {
  db: Conn;
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
}) {
  await db
    .insert(users)
    .values({ ...values, email: normalizeEmail(values.email) })
    .onConflictDoNothing({ target: users.email });
  return (await getUserByEmail({ db, email: values.email }))!;
}
