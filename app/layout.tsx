import type { Metadata, Viewport } from "next";
import { SiteHeader } from "./_components/site-header";
import { SkipLink } from "./_components/skip-link";
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
        <SkipLink href="#main">Skip to content</SkipLink>
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
