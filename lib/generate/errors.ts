export type GenerateErrorCode = "empty" | "not-english" | "too-long" | "not-text" | "no-questions";

/** The one error the generator throws: a code the API maps to a 4xx, and a message a teacher can read. */
export class GenerateError extends Error {
  readonly code: GenerateErrorCode;
  constructor(code: GenerateErrorCode, message: string) {
    super(message);
    this.name = "GenerateError";
    this.code = code;
  }
}
