import "server-only";
import { and, desc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { AppError, pgErrorCode } from "@/lib/errors";
import type { Conn } from "./types";
import { ltiKeys, ltiLoginStates, ltiPlatforms } from "./schema";

export type PlatformInput = {
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
};
export type Platform = typeof ltiPlatforms.$inferSelect;

function registrationTaken(err: unknown): never {
  if (pgErrorCode(err) === "23505") {
    throw new AppError("conflict", "This issuer and client id are already registered.", [
      { path: "clientId", message: "Already registered for this issuer." },
    ]);
  }
  throw err;
}

export async function createPlatform({ db, ownerId, ...values }: { db: Conn; ownerId: string } & PlatformInput) {
  try {
    const [row] = await db.insert(ltiPlatforms).values({ ownerId, ...values }).returning();
    return row!;
  } catch (err) {
    registrationTaken(err);
  }
}

/** Updates the owner's platform; undefined when it is not theirs. */
export async function updatePlatform({ db, id, ownerId, ...values }: { db: Conn; id: string; ownerId: string } & PlatformInput) {
  try {
    const [row] = await db
      .update(ltiPlatforms)
      .set(values)
      .where(and(eq(ltiPlatforms.id, id), eq(ltiPlatforms.ownerId, ownerId)))
      .returning();
    return row;
  } catch (err) {
    registrationTaken(err);
  }
}

/** True when the owner's platform was removed (with its links, by cascade). */
export async function deletePlatform({ db, id, ownerId }: { db: Conn; id: string; ownerId: string }) {
  const rows = await db
    .delete(ltiPlatforms)
    .where(and(eq(ltiPlatforms.id, id), eq(ltiPlatforms.ownerId, ownerId)))
    .returning({ id: ltiPlatforms.id });
  return rows.length > 0;
}

export async function listPlatformsForOwner({ db, ownerId }: { db: Conn; ownerId: string }) {
  return db.select().from(ltiPlatforms).where(eq(ltiPlatforms.ownerId, ownerId)).orderBy(ltiPlatforms.name);
}

export async function getPlatformById({ db, id }: { db: Conn; id: string }) {
  const [row] = await db.select().from(ltiPlatforms).where(eq(ltiPlatforms.id, id));
  return row;
}

/**
 * The registrations an issuer has, narrowed to one client id when the platform sent it
 * (login initiation's client_id is optional in Core §5.1.1).
 */
export async function findPlatforms({ db, issuer, clientId }: { db: Conn; issuer: string; clientId?: string }) {
  return db
    .select()
    .from(ltiPlatforms)
    .where(and(eq(ltiPlatforms.issuer, issuer), clientId === undefined ? undefined : eq(ltiPlatforms.clientId, clientId)))
    .limit(2);
}

// --- The tool's signing keys -----------------------------------------------------------------

/** Keys a verifier may still meet: unretired ones and those retired after `retiredSince`. */
export async function listPublishedKeys({ db, retiredSince }: { db: Conn; retiredSince: Date }) {
  return db
    .select({ kid: ltiKeys.kid, publicJwk: ltiKeys.publicJwk })
    .from(ltiKeys)
    .where(or(isNull(ltiKeys.retiredAt), gt(ltiKeys.retiredAt, retiredSince)))
    .orderBy(desc(ltiKeys.createdAt));
}

/** The newest unretired key: the one that signs. */
export async function getActiveKey({ db }: { db: Conn }) {
  const [row] = await db.select().from(ltiKeys).where(isNull(ltiKeys.retiredAt)).orderBy(desc(ltiKeys.createdAt), desc(ltiKeys.kid)).limit(1);
  return row;
}

export async function insertKey({ db, kid, privateJwk, publicJwk }: { db: Conn; kid: string; privateJwk: Record<string, unknown>; publicJwk: Record<string, unknown> }) {
  const [row] = await db.insert(ltiKeys).values({ kid, privateJwk, publicJwk }).returning();
  return row!;
}

/** Retires every key but `keep`. */
export async function retireKeysExcept({ db, keep }: { db: Conn; keep: string }) {
  await db
    .update(ltiKeys)
    .set({ retiredAt: sql`now()` })
    .where(and(isNull(ltiKeys.retiredAt), sql`${ltiKeys.kid} <> ${keep}`));
}

// --- OIDC login states -----------------------------------------------------------------------

export async function insertLoginState({ db, state, nonce, platformId, expiresAt }: { db: Conn; state: string; nonce: string; platformId: string; expiresAt: Date }) {
  await db.insert(ltiLoginStates).values({ state, nonce, platformId, expiresAt });
  // Used and expired states are worthless; clearing them now and then keeps the table small.
  if (Math.random() < 0.05) await db.delete(ltiLoginStates).where(lt(ltiLoginStates.expiresAt, sql`now() - interval '1 day'`));
}

/**
 * Marks the state used and returns its nonce and platform, in one statement: of two launches
 * racing with the same state only one gets a row. Undefined: unknown, used or expired.
 */
export async function consumeLoginState({ db, state, now }: { db: Conn; state: string; now: Date }) {
  const [row] = await db
    .update(ltiLoginStates)
    .set({ usedAt: now })
    .where(and(eq(ltiLoginStates.state, state), isNull(ltiLoginStates.usedAt), gt(ltiLoginStates.expiresAt, now)))
    .returning({ nonce: ltiLoginStates.nonce, platformId: ltiLoginStates.platformId });
  return row;
}
