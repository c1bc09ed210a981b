import type { Metadata, Viewport } from "next";
import { SiteHeader } from "./_components/site-header";
import { focusRing } from "./_components/ui";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Readcheck — reading comprehension quizzes", template: "%s · Readcheck" },
  description:
    "Readcheck turns real news articles into reading-comprehension quizzes, grades them on the server and shows the evidence for every answer.",
  icons: { icon: "/logo.svg" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className={`fixed left-3 top-3 z-50 -translate-y-[200%] rounded-md bg-teal-700 px-4 py-2 font-semibold text-white focus:translate-y-0 dark:bg-teal-300 dark:text-slate-950 ${focusRing}`}
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Readcheck — read closely, answer with evidence.
        </footer>
      </body>
    </html>
  );
}
