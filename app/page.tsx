import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { LandingPreview } from "./_components/landing-preview";
import { buttonClass, cardClass } from "./_components/ui";

const steps = [
  {
    title: "Read a real article",
    body: "Each quiz is built from a real news article, shown in full beside the questions.",
  },
  {
    title: "Answer eight kinds of question",
    body: "Multiple choice, true or false, numbers, short answers, fill-in-the-blank, ordering and matching. Your answers save as you go.",
  },
  {
    title: "See why, with evidence",
    body: "Answers are graded on the server. Review each one with its explanation and the sentence that proves it highlighted in the article.",
  },
];

export default async function LandingPage() {
  const user = await getSessionUser();
  return (
    <div className="space-y-14 py-4 sm:py-10">
      <section aria-labelledby="hero-heading" className="grid items-center gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">
            Reading comprehension, checked
          </p>
          <h1 id="hero-heading" className="mt-2 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            Turn real news articles into comprehension quizzes.
          </h1>
          <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
            Readcheck gives students a real article and questions about it. They answer, the server grades, and every
            answer comes back with an explanation and the evidence highlighted in the text.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {user ? (
              <>
                <Link href="/quizzes" className={buttonClass("primary", "px-5 py-3 text-base")}>
                  Browse quizzes
                </Link>
                <Link href="/history" className={buttonClass("secondary", "px-5 py-3 text-base")}>
                  My attempts
                </Link>
              </>
            ) : (
              <>
                <Link href="/sign-up" className={buttonClass("primary", "px-5 py-3 text-base")}>
                  Sign up free
                </Link>
                <Link href="/sign-in" className={buttonClass("secondary", "px-5 py-3 text-base")}>
                  Sign in
                </Link>
                <Link href="/quizzes" className={buttonClass("ghost", "px-5 py-3 text-base")}>
                  Browse quizzes →
                </Link>
              </>
            )}
          </div>
        </div>
        <LandingPreview />
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-2xl font-bold tracking-tight">
          How it works
        </h2>
        <ol className="mt-5 grid gap-4 md:grid-cols-3">
          {steps.map((step, i) => (
            <li key={step.title} className={`${cardClass} p-5`}>
              <span
                aria-hidden="true"
                className="flex h-8 w-8 items-center justify-center rounded-full bg-teal-100 font-bold text-teal-900 dark:bg-teal-900 dark:text-teal-100"
              >
                {i + 1}
              </span>
              <h3 className="mt-3 text-lg font-semibold">{step.title}</h3>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
