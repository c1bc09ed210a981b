/**
 * The password policy, pure so the sign-up form, a password change and a teacher's reset all
 * ask the same question: at least MIN_LENGTH characters, not the email (or its name part), and
 * not guessable — strength estimated by zxcvbn-ts with its common and English dictionaries
 * (passwords, names, words, keyboard patterns) instead of a hand-kept list.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { MAX_LENGTH, MIN_LENGTH, MIN_SCORE } from "./policy";

export { MAX_LENGTH, MIN_LENGTH };

let zxcvbn: ZxcvbnFactory | undefined;
const estimator = () =>
  (zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/** Why a password is refused, in words for the person choosing it; empty when it is fine. */
export async function passwordProblems(
  password: string,
  { email, name }: { email?: string; name?: string } = {},
): Promise<string[]> {
  if (password.length < MIN_LENGTH) return [`Use at least ${MIN_LENGTH} characters.`];
  if (password.length > MAX_LENGTH) return [`Use at most ${MAX_LENGTH} characters.`];
  const lowered = password.trim().toLowerCase();
  const address = email?.trim().toLowerCase();
  if (address && (lowered === address || lowered === address.split("@")[0])) {
    return ["Don't use your email address as your password."];
  }
  // Checking a 200-character password is slow in zxcvbn; its first 100 decide the score anyway.
  const userInputs = [address, address?.split("@")[0], name?.trim(), "readcheck"].filter((v): v is string => Boolean(v));
  const result = await estimator().checkAsync(password.slice(0, 100), userInputs);
  if (result.score >= MIN_SCORE) return [];
  const { warning, suggestions } = result.feedback;
  return [
    `This password is too easy to guess.${warning ? ` ${warning}` : ""}`,
    ...(suggestions.length ? suggestions : ["Try a few unrelated words together."]),
  ];
}
