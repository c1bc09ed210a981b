/**
 * Who asks for an attempt use case. Pages and actions have checked their user already (through
 * lib/auth/session.ts `getSession`); the busiest routes — start, autosave, submit — hand over the
 * session token's bare claim instead, and the use case checks it in its own first statement
 * (lib/db/users.ts `sessionUserColumn`): one round trip fewer on every one of those requests.
 */
import "server-only";
import type { Actor } from "@/lib/classes/permissions";
import type { Db } from "@/lib/db/types";
import { getSessionCheck, type SessionClaim, type SessionUserRow } from "@/lib/db/users";
import { signInRequired } from "@/lib/errors";

export type Caller = { actor: Actor } | { claim: SessionClaim };

/** The claim the first statement must check, when the caller brings one. */
export const claimOf = (caller: Caller): SessionClaim | undefined => ("claim" in caller ? caller.claim : undefined);

/** The user the caller says they are (checked or not): whose rows the first statement reads. */
export const callerId = (caller: Caller): string => ("claim" in caller ? caller.claim.userId : caller.actor.id);

/** The actor, from the session column of the first statement's row: 401 when the claim did not hold. */
export function actorFrom(caller: Caller, sessionUser: SessionUserRow | null): Actor {
  if ("actor" in caller) return caller.actor;
  if (!sessionUser) throw signInRequired();
  return { id: sessionUser.id, role: sessionUser.role };
}

/**
 * When the first statement found no row, its session column went with it: the claim is checked
 * on its own, so a signed-out session hears 401, never whether the thing it asked for exists.
 */
export async function confirmCaller(db: Db, caller: Caller): Promise<Actor> {
  if ("actor" in caller) return caller.actor;
  return actorFrom(caller, await getSessionCheck({ db, claim: caller.claim }));
}
