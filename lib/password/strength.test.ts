import { describe, expect, it } from "vitest";
import { passwordProblems } from "./strength";

describe("passwordProblems", () => {
  it.each(["password", "12345678", "        ", "qwertyuiop", "password123", "iloveyou12"])("refuses %j", async (pw) => {
    expect((await passwordProblems(pw)).length).toBeGreaterThan(0);
  });

  it("refuses the account's own email address, and says why", async () => {
    expect(await passwordProblems("maria.lopez@school.example", { email: "Maria.Lopez@school.example" })).toEqual([
      "Don't use your email address as your password.",
    ]);
  });

  it("explains a short password by its length", async () => {
    expect(await passwordProblems("Xk#9q")).toEqual(["Use at least 10 characters."]);
  });

  it("says what is weak about a guessable one", async () => {
    const [first] = await passwordProblems("password1234");
    expect(first).toMatch(/too easy to guess/);
  });

  it.each(["correct horse battery", "a long enough password", "readcheck-student", "readcheck-teacher"])("accepts %j", async (pw) => {
    expect(await passwordProblems(pw, { email: "someone@readcheck.test" })).toEqual([]);
  });
});
