import "server-only";
import { getDb } from "@/lib/db/client";
import { getUserByEmail } from "@/lib/db/users";
import { homePathFor } from "./home-path";

/**
 * Where a sign-in without a destination lands: the user's own home. Looked up by the address
 * being signed in (Auth.js decides the redirect before it knows who signed in); a wrong password
 * never gets this far, and an unknown address falls back to the student home.
 */
export async function homePathForEmail(email: string): Promise<string> {
  const user = await getUserByEmail({ db: await getDb(), email });
  return homePathFor(user?.role ?? "student");
}
