/**
 * Test data, made fresh by each test that needs it. Users go straight into the test database;
 * everything else goes through the API like a real client.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/password/hash";

let pool: pg.Pool | undefined;
export function testDb(databaseUrl: string) {
  pool ??= new pg.Pool({ connectionString: databaseUrl, max: 4 });
  return pool;
}
export async function closeTestDb() {
  await pool?.end();
  pool = undefined;
}

export type TestUser = { id: string; email: string; password: string; name: string; role: "student" | "teacher" };

export async function createUser(
  databaseUrl: string,
  { role = "student", name = "Test Student" }: { role?: "student" | "teacher"; name?: string } = {},
): Promise<TestUser> {
  const email = `${role}-${randomUUID()}@example.test`;
  const password = `pw-${randomUUID()}`;
  const { rows } = await testDb(databaseUrl).query<{ id: string }>(
    "insert into users (email, name, password_hash, role) values ($1, $2, $3, $4) returning id",
    [email, name, await hashPassword(password), role],
  );
  return { id: rows[0]!.id, email, password, name, role };
}
