import "server-only";
import { eq } from "drizzle-orm";
import { AppError, pgErrorCode } from "@/lib/errors";
import type { Db, Tx } from "./types";
import { users } from "./schema";

type Conn = Db | Tx;
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
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
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
