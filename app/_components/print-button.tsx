"use client";

import { buttonClass } from "./ui";

/** Opens the browser's print dialog; the print styles in globals.css shape the page. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary", "px-3 py-1.5")}>
      {label}
    </button>
  );
}
