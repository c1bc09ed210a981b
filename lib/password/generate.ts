import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: a teacher reads this aloud or writes it on a card.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-off password for a teacher to hand a student: 12 characters (~59 bits) in 3 groups. */
export function temporaryPassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
