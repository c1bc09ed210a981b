/**
 * Auth.js (next-auth v5) with email + password. Sessions are signed JWTs, so any instance can
 * verify them without shared memory. Sign-in failures are rate limited in Postgres
 * (lib/auth/rate-limit.ts) so the limit holds across instances.
 */
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { clearSignInFailures, countSignInFailures, recordSignInFailure, type ThrottleKey } from "@/lib/db/sign-in-failures";
import { getUserByEmail, normalizeEmail } from "@/lib/db/users";
import { authConfig } from "./config";
import { verifyPassword } from "./password";
import { clientAddress, signInVerdict } from "./rate-limit";
import { resolveAuthSecret } from "./secret";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(200),
});

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many failures for this account or address; `code` carries the wait for the form to show. */
export class SignInLocked extends CredentialsSignin {
  constructor(readonly retryAfterMs: number) {
    super();
    this.code = `locked:${Math.ceil(retryAfterMs / 60_000)}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: resolveAuthSecret(),
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const db = await getDb();
        const emailKey: ThrottleKey = { kind: "email", value: normalizeEmail(parsed.data.email) };
        const address = clientAddress(request.headers);
        const keys = address ? [emailKey, { kind: "ip" as const, value: address }] : [emailKey];
        const verdict = signInVerdict(await countSignInFailures({ db, keys, now: new Date() }), new Date());
        if (!verdict.allowed) throw new SignInLocked(verdict.retryAfterMs);
        if (verdict.delayMs) await new Promise((r) => setTimeout(r, verdict.delayMs));

        const user = await getUserByEmail({ db, email: parsed.data.email });
        // Verify against a dummy hash when there is no user, so timing does not reveal accounts.
        const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
        if (!user || !ok) {
          await recordSignInFailure({ db, keys });
          throw new InvalidCredentials();
        }
        await clearSignInFailures({ db, key: emailKey });
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
}));

// argon2id hash of a random string nobody knows; only used to spend the same time as a real check.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$Arec4BYfZ1ZNCaipI6QFDQ$VRzxlKEv+gDC7ywxcx/Xl3BOqQ6ea41Mjb78128ytCg";
