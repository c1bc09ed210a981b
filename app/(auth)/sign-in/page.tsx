import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { DEMO_ACCOUNTS } from "@/lib/db/seed";
import { demoAccountsEnabled } from "@/lib/env";
import { linkClass } from "../../_components/ui";
import { callbackFromSearchParams } from "@/lib/auth/callback-url";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: { searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string | string[] }>;
}) {
  const { callbackUrl: raw, signedOut } = await searchParams;
  const callbackUrl = callbackFromSearchParams(raw);
  if (await getSessionUser()) redirect(callbackUrl);
  // Demo credentials are public knowledge in development and must never appear anywhere else.
  const demoAccounts =
    process.env.NODE_ENV === "development" && demoAccountsEnabled()
      ? DEMO_ACCOUNTS.map(({ email, password, role }) => ({ email, password, role }))
      : [];
  const signUpHref = callbackUrl === "/quizzes" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      {/* Rendered only after the server has ended the session, so it is the signal to wait on. */}
      <p role="status" className="mt-2 font-medium [&:empty]:hidden">
        {signedOut === "everywhere" ? "You have signed out on every device." : signedOut ? "You have signed out." : null}
      </p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        New to Readcheck?{" "}
        <Link href={signUpHref} className={linkClass}>
          Create an account
        </Link>
      </p>
      <SignInForm callbackUrl={callbackUrl} demoAccounts={demoAccounts} />
    </>
  );
}
