import { focusRing } from "./ui";

/** A link past what a keyboard user would otherwise Tab through, shown only while focused. */
export function SkipLink({ href, children }: { href: `#${string}`; children: React.ReactNode }) {
  return (
    <a
      href={href}
      data-print="hide"
      className={`fixed left-3 top-3 z-50 -translate-y-[200%] rounded-md bg-teal-700 px-4 py-2 font-semibold text-white focus:translate-y-0 dark:bg-teal-300 dark:text-slate-950 ${focusRing}`}
    >
      {children}
    </a>
  );
}
