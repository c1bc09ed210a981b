import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normalizeJoinCode } from "./join-code";

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
