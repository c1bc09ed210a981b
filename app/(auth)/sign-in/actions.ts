"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { homePathForEmail } from "@/lib/auth/home";

export type SignInState = {
  errors?: { email?: string[]; password?: string[] };
  message?: string;
  values?: { email: string };
};

const schema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = schema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  }
  try {
    // No destination given (the fallback): each role lands on its own home.
    const next = safeCallbackUrl(formData.get("callbackUrl"));
    const redirectTo = next === safeCallbackUrl(undefined) ? await homePathForEmail(parsed.data.email) : next;
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (err) {
    // Success ends in a redirect, which Next signals by throwing: only auth failures are ours.
    if (err instanceof AuthError) {
      const minutes = lockedMinutes(err);
      return {
        message: minutes
          ? `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`
          : "Email or password is wrong.",
        values: { email },
      };
    }
    throw err;
  }
  return {};
}

/** lib/auth/auth.ts `SignInLocked` carries the wait as `code: "locked:<minutes>"`. */
function lockedMinutes(err: AuthError): number | null {
  const code = (err as { code?: unknown }).code;
  const match = typeof code === "string" ? /^locked:(\d+)$/.exec(code) : null;
  return match ? Number(match[1]) : null;
}
