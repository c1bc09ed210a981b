/**
 * Idempotent seed: every quiz file in quizzes/ (skipped when unchanged, by content hash), and
 * for the embedded demo the demo accounts. Safe to run on every start and from many processes.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { loadQuizFiles } from "@/lib/quiz/files";
import type { Db } from "./types";
import { saveQuizFile } from "./quizzes";
import { seedDemoClass } from "./demo";
import { ensureUser, getUserByEmail } from "./users";

export const QUIZZES_DIR = path.join(process.cwd(), "quizzes");

/** Shown on the sign-in page in development; seeded only into the embedded database. */
export const DEMO_ACCOUNTS = [
  { email: "student@readcheck.test", password: "readcheck-student", name: "Sam Student", role: "student" },
  { email: "teacher@readcheck.test", password: "readcheck-teacher", name: "Tara Teacher", role: "teacher" },
] as const;

export async function seedQuizzes(db: Db, dir = QUIZZES_DIR) {
  const files = await loadQuizFiles(dir);
  let changed = 0;
  for (const file of files) {
    const sourceHash = createHash("sha256").update(JSON.stringify(file)).digest("hex");
    const result = await db.transaction((tx) => saveQuizFile({ tx, file, status: "published", sourceHash, library: true }));
    if (result.changed) changed++;
  }
  return { files: files.length, changed };
}

export async function seedDemoAccounts(db: Db) {
  const ids: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    // Hash only for an account that is missing: the embedded database seeds on every start.
    const user =
      (await getUserByEmail({ db, email: account.email })) ??
      (await ensureUser({
        db,
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      }));
    ids.push(user.id);
  }
  await seedDemoClass(db, { studentId: ids[0]!, teacherId: ids[1]!, password: DEMO_ACCOUNTS[0].password });
}

export async function seed(db: Db, { demo }: { demo: boolean }) {
  const quizzes = await seedQuizzes(db);
  if (demo) await seedDemoAccounts(db);
  return quizzes;
}
