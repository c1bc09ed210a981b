import Link from "next/link";
import { signOut } from "@/lib/auth/auth";
import { homePathFor } from "@/lib/auth/home-path";
import { getSessionUser } from "@/lib/auth/session";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { buttonClass, focusRing } from "./ui";

async function signOutAction() {
  "use server";
  // Auth.js revokes the session (lib/auth/auth.ts events.signOut) before it answers; the page
  // it lands on says so, so nothing reports "signed out" while the session still works.
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="z-20 sm:sticky sm:top-0 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link
          href={user ? homePathFor(user.role) : "/"}
          className={`flex items-center gap-2 rounded-md text-lg font-bold tracking-tight ${focusRing}`}
        >
          <Logo />
          <span>Readcheck</span>
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            {/* A teacher's home is the teacher area; their own attempts are not part of teaching. */}
            {user?.role === "teacher" ? (
              <>
                <li>
                  <NavLink href="/teach">Teach</NavLink>
                </li>
                <li>
                  <NavLink href="/quizzes">Quizzes</NavLink>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink href="/quizzes">Quizzes</NavLink>
                </li>
                {user ? (
                  <>
                    <li>
                      <NavLink href="/classes">Classes</NavLink>
                    </li>
                    <li>
                      <NavLink href="/review">Review</NavLink>
                    </li>
                  </>
                ) : null}
                <li>
                  <NavLink href="/history">My attempts</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {user ? (
            <>
              <Link
                href="/account"
                className={`hidden max-w-[14rem] truncate rounded-md text-sm text-slate-700 hover:underline sm:inline dark:text-slate-300 ${focusRing}`}
              >
                <span className="sr-only">Your account: signed in as </span>
                {user.name || user.email}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={buttonClass("secondary", "px-3 py-1.5")}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClass("ghost", "px-2.5 py-1.5")}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClass("primary", "px-3 py-1.5")}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
