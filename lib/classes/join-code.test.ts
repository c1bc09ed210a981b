import { describe, expect, it } from "vitest";
import { formatJoinCode, joinCodeProblem, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("never use characters that are easy to confuse", () => {
    for (const ch of "0O1lI") expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]+$/);
    }
  });

  it("are accepted however a student types them", () => {
    expect(normalizeJoinCode(" abc-defg ")).toBe("ABCDEFG");
    expect(normalizeJoinCode(formatJoinCode("ABCDEFG"))).toBe("ABCDEFG");
  });

  it("reject what cannot be a code", () => {
    expect(normalizeJoinCode("ABC")).toBeNull();
    expect(normalizeJoinCode("ABCDEF0")).toBeNull(); // zero is not in the alphabet
    expect(normalizeJoinCode("<script>")).toBeNull();
  });
});

describe("joinCodeProblem", () => {
  it("accepts a code it can normalize", () => {
    expect(joinCodeProblem("abc-defg")).toBeNull();
  });
  it("names a look-alike character instead of miscounting a 7-character code", () => {
    const message = joinCodeProblem("K7M-PQ1X");
    expect(message).toContain("“1”");
    expect(message).not.toMatch(/has 7/);
  });
  it("says how many characters were typed when the length is wrong", () => {
    expect(joinCodeProblem("ABC-DE")).toBe("A join code has 7 letters and digits; you typed 5.");
  });
  it("names a character that is not a letter or digit", () => {
    expect(joinCodeProblem("ABC-DEF!")).toContain("“!”");
  });
});
