import "server-only";
import { eq, sql } from "drizzle-orm";
import { DEFAULT_PREFERENCES, type ReadingPreferences } from "@/lib/reading/preferences";
import type { Conn } from "./types";
import { userPreferences } from "./schema";


/** The user's reading settings, or the defaults when they never changed one. */
export async function getPreferences({ db, userId }: { db: Conn; userId: string }): Promise<ReadingPreferences> {
  const [row] = await db
    .select({ textScale: userPreferences.textScale, lineSpacing: userPreferences.lineSpacing, speechRate: userPreferences.speechRate })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId));
  return row ?? DEFAULT_PREFERENCES;
}

/** Changes some settings, creating the row on first use; answers the settings now stored. */
export async function savePreferences({
  db,
  userId,
  changes,
}: {
  db: Conn;
  userId: string;
  changes: Partial<ReadingPreferences>;
}): Promise<ReadingPreferences> {
  const [row] = await db
    .insert(userPreferences)
    .values({ userId, ...DEFAULT_PREFERENCES, ...changes })
    .onConflictDoUpdate({ target: userPreferences.userId, set: { ...changes, updatedAt: sql`now()` } })
    .returning({ textScale: userPreferences.textScale, lineSpacing: userPreferences.lineSpacing, speechRate: userPreferences.speechRate });
  return row!;
}
