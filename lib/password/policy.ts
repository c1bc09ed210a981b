/** The password rules' numbers, importable by forms without pulling in the strength estimator. */
export const MIN_LENGTH = 10;
export const MAX_LENGTH = 200;
/** zxcvbn's 0–4 scale; 3 means "safely unguessable": about 10^8 guesses or more. */
export const MIN_SCORE = 3;
