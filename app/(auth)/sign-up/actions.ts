"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/password/hash";
import { MAX_LENGTH, MIN_LENGTH, passwordProblems } from "@/lib/password/strength";
import { teacherSignupAllowed } from "@/lib/auth/teacher-code";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { safeText } from "@/lib/zod-text";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

type Field = "name" | "email" | "password" | "confirm" | "role" | "teacherCode";

export type SignUpState = {
  errors?: Partial<Record<Field, string[]>>;
  message?: string;
  values?: { name: string; email: string; role: "student" | "teacher" };
};

const schema = z
  .object({
    name: safeText().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    email: safeText()
      .trim()
      .min(1, "Enter your email address.")
      .max(320, "That email address is too long.")
      .email("Enter a valid email address."),
    password: z
      .string()
      .min(MIN_LENGTH, `Use at least ${MIN_LENGTH} characters.`)
      .max(MAX_LENGTH, `Use at most ${MAX_LENGTH} characters.`),
    confirm: z.string(),
    role: z.enum(["student", "teacher"], { message: "Choose student or teacher." }),
    teacherCode: z.string().max(200).optional(),
  })
  .refine((v) => v.password === v.confirm, { message: "The passwords do not match.", path: ["confirm"] });

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const raw = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    confirm: String(formData.get("confirm") ?? ""),
    role: String(formData.get("role") ?? "student"),
    teacherCode: String(formData.get("teacherCode") ?? ""),
  };
  const values = { name: raw.name, email: raw.email, role: raw.role === "teacher" ? ("teacher" as const) : ("student" as const) };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  const { name, email, password, role } = parsed.data;
  const weak = await passwordProblems(password, { email, name });
  if (weak.length) return { errors: { password: weak }, values };
  if (role === "teacher" && !teacherSignupAllowed(env.TEACHER_SIGNUP_CODE, parsed.data.teacherCode)) {
    return { errors: { teacherCode: ["That teacher code is not right. Ask your school's Readcheck admin for it."] }, values };
  }

  try {
    await createUser({ db: await getDb(), name, email, passwordHash: await hashPassword(password), role });
  } catch (err) {
    if (err instanceof AppError && err.code === "conflict") {
      return { errors: { email: ["An account with this email already exists."] }, values };
    }
    console.error("[sign-up]", err);
    return { message: "Your account could not be created right now. Try again in a moment.", values };
  }

  try {
    const next = safeCallbackUrl(formData.get("callbackUrl"));
    // A new teacher starts in the teacher area unless they were on their way somewhere.
    await signIn("credentials", { email, password, redirectTo: role === "teacher" && next === "/quizzes" ? "/teach" : next });
  } catch (err) {
    // Success ends in a redirect, which Next signals by throwing: only auth failures are ours.
    if (err instanceof AuthError) {
      return { message: "Your account was created, but signing in failed. Try signing in.", values };
    }
    throw err;
  }
  return {};
}
