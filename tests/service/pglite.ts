/**
 * An in-memory PGlite with the real migrations and the library quizzes, for testing the domain
 * services in-process: no build, no HTTP. One database per test file (opening one costs seconds).
 */
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { createAssignment } from "@/lib/db/assignments";
import { createClass, joinClassByCode } from "@/lib/db/classes";
import { MIGRATIONS_DIR } from "@/lib/db/client";
import { countPgliteStatements } from "@/lib/db/pool";
import * as schema from "@/lib/db/schema";
import { seedQuizzes } from "@/lib/db/seed";
import type { Db } from "@/lib/db/types";
import { createUser } from "@/lib/db/users";
import type { AssignmentInput } from "@/lib/db/assignments";

/** `countStatements`: statements count into lib/db/pool.ts `countStatementsOf`, as the app's DB_COUNT_STATEMENTS=1 does. */
export async function openTestDb({ countStatements = false }: { countStatements?: boolean } = {}) {
  const client = countPgliteStatements(new PGlite(), countStatements);
  const db = drizzle({ client, schema }) as unknown as Db;
  await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS_DIR });
  await seedQuizzes(db);
  return { db, close: () => client.close() };
}

export async function makeUser(db: Db, role: "student" | "teacher" = "student") {
  const user = await createUser({ db, email: `${role}-${randomUUID()}@example.test`, name: `A ${role}`, role, passwordHash: "not-used" });
  return { id: user.id, role } as const;
}

/** A teacher's class with the given students in it, and one assignment of the quiz. */
export async function makeAssignment(db: Db, quizId: string, rules: Partial<Omit<AssignmentInput, "quizId">> = {}) {
  const teacher = await makeUser(db, "teacher");
  const cls = await createClass({ db, teacherId: teacher.id, name: `Class ${randomUUID().slice(0, 6)}` });
  const student = await makeUser(db, "student");
  await joinClassByCode({ db, userId: student.id, code: cls.joinCode });
  const assignment = await createAssignment({
    db,
    classId: cls.id,
    quizId,
    opensAt: null,
    dueAt: null,
    attemptLimit: null,
    allowLate: false,
    reviewPolicy: "after_submit",
    ...rules,
  });
  return { teacher, cls, student, assignment };
}
