/**
 * Text fields at every boundary: Postgres refuses U+0000 in text and jsonb ("invalid byte
 * sequence for encoding UTF8: 0x00") and lone UTF-16 surrogates in jsonb, and either surfaced as
 * a 500. Every schema's text goes through `safeText`, which refuses them with a message a person
 * can act on; other control characters are allowed (tabs and newlines are real text).
 */
import { z } from "zod";

// Zod compiles object parsers with `new Function` and probes for it first; under our CSP (no
// 'unsafe-eval') even the caught probe is reported as a violation. Every schema module imports
// this one, so the switch is set before any schema is built, in the browser and on the server.
z.config({ jitless: true });

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or null. */
export function textProblem(value: string): string | null {
  const match = UNSTORABLE.exec(value);
  if (!match) return null;
  return match[0] === "\u0000"
    ? "contains a NUL character (U+0000), which cannot be stored"
    : "contains an unpaired surrogate (invalid Unicode), which cannot be stored";
}

/** z.string() that refuses what Postgres cannot store; chain .trim(), .min(), .max() as usual. */
export const safeText = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `This text ${problem}.` });
    }),
  );
