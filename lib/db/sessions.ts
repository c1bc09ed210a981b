import "server-only";
import { lt, sql } from "drizzle-orm";
import type { Db } from "./types";
import { revokedSessions } from "./schema";

/** Signs out one session (by its token's sid) until the token would have expired anyway. */
export async function revokeSession({ db, sid, expiresAt }: { db: Db; sid: string; expiresAt: Date }) {
  await db.insert(revokedSessions).values({ sid, expiresAt }).onConflictDoNothing();
  // Expired tokens are refused by their own signature; their rows can go. Now and then is enough.
  if (Math.random() < 0.05) await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`));
}
