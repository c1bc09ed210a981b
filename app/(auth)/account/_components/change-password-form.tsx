"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "../../../_components/form-field";
import { buttonClass } from "../../../_components/ui";
import { MIN_LENGTH } from "@/lib/password/policy";
import { changePasswordAction, type ChangePasswordState } from "../actions";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  return (
    <form action={action} noValidate className="mt-4 space-y-5">
      <FormMessage message={state.message} />
      <FormField
        id="current"
        name="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.current}
      />
      <FormField
        id="password"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_LENGTH}
        hint={`At least ${MIN_LENGTH} characters, not your email, and hard to guess.`}
        errors={state.errors?.password}
      />
      <FormField
        id="confirm"
        name="confirm"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors?.confirm}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
