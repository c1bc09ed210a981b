/**
 * Auth.js (next-auth v5) with email + password. Sessions are signed JWTs, so any instance can
 * verify them without shared memory; lib/auth/session.ts checks each one against the database
 * so it can be revoked. Sign-in attempts are limited in Postgres (lib/auth/sign-in-limits.ts),
 * counted before the password is checked.
 */
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { revokeSession } from "@/lib/db/sessions";
import { getUserByEmail, normalizeEmail } from "@/lib/db/users";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/password/hash";
import { authConfig, sessionCookieConfig } from "./config";
import { clientAddress } from "./rate-limit";
import { resolveAuthSecret } from "./secret";
import { admitSignIn, settleSignIn } from "./sign-in-limits";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(200),
});

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many attempts for this account or address; `code` carries the wait for the form to show. */
export class SignInLocked extends CredentialsSignin {
  constructor(readonly retryAfterMs: number) {
    super();
    this.code = `locked:${Math.ceil(retryAfterMs / 60_000)}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth((request) => ({
  ...authConfig,
  ...sessionCookieConfig(request),
  secret: resolveAuthSecret(),
  events: {
    // Both the header's sign-out action and POST /api/auth/signout end here, before the cookie
    // is cleared: the token itself stops working, not just this browser's copy.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sid = z.uuid().safeParse(token?.sid);
      if (!sid.success) return;
      const expiresAt = new Date(typeof token?.exp === "number" ? token.exp * 1000 : Date.now() + authConfig.session.maxAge * 1000);
      await revokeSession({ db: await getDb(), sid: sid.data, expiresAt });
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const db = await getDb();
        const email = normalizeEmail(parsed.data.email);
        const address = clientAddress(request.headers, env);
        const verdict = await admitSignIn({ db, email, address });
        if (!verdict.allowed) throw new SignInLocked(verdict.retryAfterMs);
        if (verdict.delayMs) await new Promise((r) => setTimeout(r, verdict.delayMs));

        const user = await getUserByEmail({ db, email });
        // Verify against a dummy hash when there is no user, so timing does not reveal accounts.
        const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
        if (!user || !ok) throw new InvalidCredentials();
        await settleSignIn({ db, email, address });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
}));

// argon2id hash of a random string nobody knows; only used to spend the same time as a real check.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$Arec4BYfZ1ZNCaipI6QFDQ$VRzxlKEv+gDC7ywxcx/Xl3BOqQ6ea41Mjb78128ytCg";
