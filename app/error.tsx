"use client";

import Link from "next/link";
import { useEffect } from "react";
import { buttonClass } from "./_components/ui";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        This page could not be shown. It is usually a passing problem — try again in a moment.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className={buttonClass("primary")}>
          Try again
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          Home
        </Link>
      </div>
    </div>
  );
}
