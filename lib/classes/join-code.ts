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
