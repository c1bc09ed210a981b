"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { getSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { bumpSessionVersion, changePassword, getPasswordHash } from "@/lib/db/users";
import { hashPassword, verifyPassword } from "@/lib/password/hash";
import { MAX_LENGTH } from "@/lib/password/policy";
import { passwordProblems } from "@/lib/password/strength";

/** Ends every session of this account, this one included. */
export async function signOutEverywhereAction() {
  const session = await getSession();
  if (session) await bumpSessionVersion({ db: await getDb(), id: session.user.id });
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

export type ChangePasswordState = {
  errors?: { current?: string[]; password?: string[]; confirm?: string[] };
  message?: string;
};

const schema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(MAX_LENGTH),
    password: z.string().max(MAX_LENGTH, `Use at most ${MAX_LENGTH} characters.`),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "The passwords do not match.", path: ["confirm"] });

/** A new password ends every other session; this browser signs straight back in with it. */
export async function changePasswordAction(_prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const session = await getSession();
  if (!session) return { message: "Your session has ended. Sign in again." };
  const parsed = schema.safeParse({
    current: formData.get("current") ?? "",
    password: formData.get("password") ?? "",
    confirm: formData.get("confirm") ?? "",
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const { current, password } = parsed.data;
  const db = await getDb();
  const hash = await getPasswordHash({ db, id: session.user.id });
  if (!hash || !(await verifyPassword(hash, current))) return { errors: { current: ["That is not your current password."] } };
  const weak = await passwordProblems(password, { email: session.user.email, name: session.user.name ?? undefined });
  if (weak.length) return { errors: { password: weak } };

  await changePassword({ db, id: session.user.id, passwordHash: await hashPassword(password) });
  try {
    await signIn("credentials", { email: session.user.email, password, redirectTo: "/account?changed=1" });
  } catch (err) {
    // Success ends in a redirect, which Next signals by throwing: only auth failures are ours.
    if (err instanceof AuthError) return { message: "Your password was changed. Sign in again with the new one." };
    throw err;
  }
  return {};
}
