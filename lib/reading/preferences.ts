/**
 * Reading comfort settings a user keeps between visits: text size, line spacing and read-aloud
 * speed. Stored as integers (percent, ×100) so the database checks them; offered as a few steps,
 * which is what the controls show.
 */
import { z } from "zod";
// Sets zod to parse without eval before any schema here runs: the CSP allows no eval.
import "@/lib/zod-text";

export const TEXT_SCALES = [100, 115, 130, 150] as const;
export const LINE_SPACINGS = [165, 190, 220] as const;
export const SPEECH_RATES = [75, 100, 125, 150] as const;

export const TEXT_SCALE_LABELS: Record<(typeof TEXT_SCALES)[number], string> = { 100: "Normal", 115: "Large", 130: "Larger", 150: "Largest" };
export const LINE_SPACING_LABELS: Record<(typeof LINE_SPACINGS)[number], string> = { 165: "Normal", 190: "Wide", 220: "Widest" };

export type ReadingPreferences = { textScale: number; lineSpacing: number; speechRate: number };

export const DEFAULT_PREFERENCES: ReadingPreferences = { textScale: 100, lineSpacing: 165, speechRate: 100 };

const oneOf = (values: readonly number[], what: string) =>
  z.int().refine((v) => values.includes(v), `Choose a ${what} from ${values.join(", ")}.`);

export const preferencesSchema = z.strictObject({
  textScale: oneOf(TEXT_SCALES, "text size"),
  lineSpacing: oneOf(LINE_SPACINGS, "line spacing"),
  speechRate: oneOf(SPEECH_RATES, "reading speed"),
});

/** Partial updates: what the controls send when one setting changes. */
export const preferencesPatchSchema = preferencesSchema.partial().refine((v) => Object.keys(v).length > 0, "Send at least one setting.");

/** The CSS custom properties the article and questions read (app/globals.css `.reading`). */
export function readingStyle(p: ReadingPreferences): Record<string, string> {
  return { "--reading-scale": String(p.textScale / 100), "--reading-leading": String(p.lineSpacing / 100) };
}
