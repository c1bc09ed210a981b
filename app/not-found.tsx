import Link from "next/link";
import { buttonClass } from "./_components/ui";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We couldn’t find that page</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The link may be out of date, or the quiz or attempt belongs to someone else.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/quizzes" className={buttonClass("primary")}>
          Browse quizzes
        </Link>
        <Link href="/" className={buttonClass("secondary")}>
          Home
        </Link>
      </div>
    </div>
  );
}
