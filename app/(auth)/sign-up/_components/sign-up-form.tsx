"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "../../../_components/form-field";
import { buttonClass, cardClass } from "../../../_components/ui";
import { signUpAction, type SignUpState } from "../actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  return (
    <form action={action} noValidate className={`${cardClass} mt-6 p-5 sm:p-6`}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage message={state.message} />
      <div className="space-y-5">
        <FormField
          id="name"
          name="name"
          label="Name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values?.name}
          errors={state.errors?.name}
        />
        <FormField
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
          id="password"
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          hint="At least 8 characters."
          errors={state.errors?.password}
        />
        <FormField
          id="confirm"
          name="confirm"
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          required
          errors={state.errors?.confirm}
        />
        <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
          {pending ? "Creating account…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
