import type { Metadata } from "next";
import { requireUserPage } from "@/lib/auth/session";
import { buttonClass, cardClass, mutedText } from "../../_components/ui";
import { signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUserPage("/account");
  const { changed } = await searchParams;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <p className={`mt-2 ${mutedText}`}>
        Signed in as <span className="font-medium">{user.email}</span>.
      </p>
      <div role="status" className="[&:not(:empty)]:mt-4">
        {changed ? "Your password was changed. Every other device has been signed out." : null}
      </div>

      <section aria-labelledby="password-heading" className={`${cardClass} mt-6 p-5 sm:p-6`}>
        <h2 id="password-heading" className="text-lg font-semibold">
          Change your password
        </h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="devices-heading" className={`${cardClass} mt-6 p-5 sm:p-6`}>
        <h2 id="devices-heading" className="text-lg font-semibold">
          Signed in somewhere else?
        </h2>
        <p className={`mt-2 ${mutedText}`}>
          On a shared or lost device, sign out of Readcheck everywhere — this browser included.
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <button type="submit" className={buttonClass("secondary")}>
            Sign out everywhere
          </button>
        </form>
      </section>
    </>
  );
}
