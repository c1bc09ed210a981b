import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { linkClass } from "../../_components/ui";
import { callbackFromSearchParams } from "@/lib/auth/callback-url";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = callbackFromSearchParams(raw);
  if (await getSessionUser()) redirect(callbackUrl);
  const signInHref = callbackUrl === "/quizzes" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Already have one?{" "}
        <Link href={signInHref} className={linkClass}>
          Sign in
        </Link>
      </p>
      <SignUpForm callbackUrl={callbackUrl} teacherCodeRequired={Boolean(env.TEACHER_SIGNUP_CODE)} />
    </>
  );
}
