"use client";

import { useActionState, useState } from "react";
import { FormField, FormMessage } from "../../../_components/form-field";
import { buttonClass, cardClass } from "../../../_components/ui";
import { MIN_LENGTH } from "@/lib/password/policy";
import { signUpAction, type SignUpState } from "../actions";

export function SignUpForm({ callbackUrl, teacherCodeRequired }: { callbackUrl: string; teacherCodeRequired: boolean }) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  const [role, setRole] = useState<"student" | "teacher">(state.values?.role ?? "student");
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
          minLength={MIN_LENGTH}
          hint={`At least ${MIN_LENGTH} characters, not your email, and hard to guess: a few unrelated words work well.`}
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
        <fieldset>
          <legend className="block text-sm font-semibold text-slate-800 dark:text-slate-200">I am a</legend>
          <div className="mt-1 flex gap-3">
            {(["student", "teacher"] as const).map((r) => (
              <label
                key={r}
                className="flex flex-1 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-teal-600 dark:border-slate-600 dark:has-[:checked]:border-teal-400 dark:has-[:checked]:bg-teal-950"
              >
                <input
                  type="radio"
                  name="role"
                  value={r}
                  checked={role === r}
                  onChange={() => setRole(r)}
                  className="h-4 w-4 accent-teal-700"
                />
                <span className="capitalize">{r}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {role === "teacher" && teacherCodeRequired ? (
          <FormField
            id="teacherCode"
            name="teacherCode"
            label="Teacher code"
            autoComplete="off"
            required
            hint="Your school gives teachers this code."
            errors={state.errors?.teacherCode}
          />
        ) : null}
        <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
          {pending ? "Creating account…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
