import Link from "next/link";
import { homePathFor } from "@/lib/auth/home-path";
import { getSessionUser } from "@/lib/auth/session";
import { LandingPreview } from "./_components/landing-preview";
import { buttonClass, cardClass, mutedText } from "./_components/ui";

const studentSteps = [
  {
    title: "Read a real article",
    body: "Each quiz is built from a real news article, shown in full beside the questions — and read aloud if you like.",
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

const teacherSteps = [
  {
    title: "Paste your own article",
    body: "Any news story or text you teach with. Readcheck drafts the questions, each tied to the sentences that prove its answer.",
  },
  {
    title: "Review, preview, publish",
    body: "Edit any question or key, try the quiz exactly as a student sees it, then publish.",
  },
  {
    title: "Assign to your classes",
    body: "Give it to one class or several at once, with dates and attempt limits. Students join with a code.",
  },
  {
    title: "Read the results",
    body: "A gradebook for each class, and an item analysis that shows which questions worked and which deserve a second look.",
  },
];

const shots = [
  { src: "/screenshots/taking.png", alt: "A student taking a quiz: the article on the left, the questions and progress on the right.", caption: "Students read and answer side by side." },
  { src: "/screenshots/gradebook.png", alt: "A class gradebook: students in rows, assignments in columns, late and missing work marked.", caption: "Your class’s gradebook, late and missing work marked." },
  { src: "/screenshots/item-analysis.png", alt: "Item analysis: how easy each question was, whether it separates stronger readers, and which options students picked.", caption: "Item analysis: which questions worked." },
];

export default async function LandingPage() {
  const user = await getSessionUser();
  return (
    <div className="space-y-16 py-4 sm:py-10">
      <section aria-labelledby="hero-heading" className="grid items-center gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-teal-800 dark:text-teal-300">
            Reading comprehension, checked
          </p>
          <h1 id="hero-heading" className="mt-2 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            Turn real news articles into comprehension quizzes.
          </h1>
          <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
            Teachers paste an article and get a quiz for their class in minutes. Students read it, answer, and every
            answer comes back with an explanation and the evidence highlighted in the text.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {user ? (
              <>
                <Link href={homePathFor(user.role)} className={buttonClass("primary", "px-5 py-3 text-base")}>
                  {user.role === "teacher" ? "Go to your classes" : "Go to your quizzes"}
                </Link>
                {user.role === "teacher" ? (
                  <Link href="/teach/quizzes/new" className={buttonClass("secondary", "px-5 py-3 text-base")}>
                    New quiz from an article
                  </Link>
                ) : (
                  <Link href="/history" className={buttonClass("secondary", "px-5 py-3 text-base")}>
                    My attempts
                  </Link>
                )}
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

      <section aria-labelledby="teachers-heading" className="space-y-6">
        <div>
          <h2 id="teachers-heading" className="text-2xl font-bold tracking-tight">
            For teachers: your article, a quiz for your class
          </h2>
          <p className={`mt-1 max-w-3xl ${mutedText}`}>
            Bring the text you already teach with. There is nothing to install, and students need only a join code.
          </p>
        </div>
        <Steps steps={teacherSteps} className="md:grid-cols-2 lg:grid-cols-4" />
        <ul className="grid gap-4 md:grid-cols-3">
          {shots.map((shot) => (
            <li key={shot.src}>
              <figure className={`${cardClass} overflow-hidden`}>
                {/* Static screenshots from scripts/screenshots.ts; fixed size, so no layout shift. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={shot.src} alt={shot.alt} width={1280} height={860} loading="lazy" className="h-auto w-full border-b border-slate-200 dark:border-slate-800" />
                <figcaption className="p-3 text-sm text-slate-700 dark:text-slate-300">{shot.caption}</figcaption>
              </figure>
            </li>
          ))}
        </ul>
        {!user && (
          <p>
            <Link href="/sign-up" className={buttonClass("primary")}>
              Sign up as a teacher
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="students-heading" className="space-y-5">
        <h2 id="students-heading" className="text-2xl font-bold tracking-tight">
          For students: read closely, answer with evidence
        </h2>
        <Steps steps={studentSteps} className="md:grid-cols-3" />
      </section>
    </div>
  );
}

/** Numbered steps as cards; the numbers are the list's own, so screen readers hear them once. */
function Steps({ steps, className }: { steps: { title: string; body: string }[]; className: string }) {
  return (
    <ol className={`grid gap-4 ${className}`}>
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
  );
}
