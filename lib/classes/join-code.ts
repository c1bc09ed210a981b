/**
 * Class join codes: short, read aloud and typed by students, so no characters that look alike
 * (0/O, 1/l/I) and case does not matter. 7 characters from 31 → 27 billion codes.
 */
import { randomInt } from "node:crypto";

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 7;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, as stored: upper case, spaces and dashes dropped; null if it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABC-DEFG": easier to read out to a class. */
export const formatJoinCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/** Characters a code never has because they look like others; said back to a student who typed one. */
const LOOKALIKES: Record<string, string> = { "0": "O", O: "0", "1": "I or L", I: "1", L: "1" };

/**
 * Why what a student typed cannot be a join code, in words that help them fix it: a wrong length
 * names the count, a character codes never use (0, 1, I, L, O) is named. Null when it can be one.
 */
export function joinCodeProblem(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  const unused = [...new Set([...code].filter((ch) => !JOIN_CODE_ALPHABET.includes(ch)))];
  const lookalike = unused.find((ch) => ch in LOOKALIKES);
  if (lookalike) {
    return `Join codes never use “${lookalike}” (it looks like ${LOOKALIKES[lookalike]}), nor 0, 1, I, L or O. Check that character with your teacher.`;
  }
  if (unused.length) return `A join code has only letters and digits; “${unused[0]}” is not one of them.`;
  if (code.length !== JOIN_CODE_LENGTH) {
    return `A join code has ${JOIN_CODE_LENGTH} letters and digits; you typed ${code.length}.`;
  }
  return null;
}
