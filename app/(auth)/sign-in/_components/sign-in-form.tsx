"use client";

import { useActionState, useRef } from "react";
import { FormField, FormMessage } from "../../../_components/form-field";
import { buttonClass, cardClass } from "../../../_components/ui";
import { signInAction, type SignInState } from "../actions";

type DemoAccount = { email: string; password: string; role: string };

export function SignInForm({ callbackUrl, demoAccounts }: { callbackUrl: string; demoAccounts: DemoAccount[] }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const email = useRef<HTMLInputElement>(null);
  const password = useRef<HTMLInputElement>(null);

  function fill(account: DemoAccount) {
    if (email.current) email.current.value = account.email;
    if (password.current) password.current.value = account.password;
    password.current?.focus();
  }

  return (
    <>
      <form action={action} noValidate className={`${cardClass} mt-6 p-5 sm:p-6`}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <FormMessage message={state.message} />
        <div className="space-y-5">
          <FormField
            ref={email}
            id="email"
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            required
            defaultValue={state.values?.email}
            errors={state.errors?.email}
          />
          <FormField
            ref={password}
            id="password"
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            errors={state.errors?.password}
          />
          <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </button>
        </div>
      </form>
      {demoAccounts.length ? (
        <section aria-labelledby="demo-heading" className="mt-6 rounded-xl border border-dashed border-slate-400 p-4 dark:border-slate-600">
          <h2 id="demo-heading" className="text-sm font-semibold">
            Demo accounts <span className="font-normal text-slate-600 dark:text-slate-400">(development only)</span>
          </h2>
          <ul className="mt-2 space-y-2">
            {demoAccounts.map((a) => (
              <li key={a.email} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  <span className="font-medium capitalize">{a.role}</span>: <code>{a.email}</code> / <code>{a.password}</code>
                </span>
                <button type="button" onClick={() => fill(a)} className={buttonClass("secondary", "px-3 py-1.5")}>
                  Use {a.role} account
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
