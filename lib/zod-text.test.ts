import { describe, expect, it } from "vitest";
import { safeText, textProblem } from "./zod-text";

describe("safeText", () => {
  const name = safeText().trim().min(1).max(20);

  it("refuses a NUL and unpaired surrogates with a message that says so", () => {
    expect(name.safeParse("a\u0000b").error?.issues[0]?.message).toMatch(/NUL/);
    expect(name.safeParse("\ud800x").error?.issues[0]?.message).toMatch(/unpaired surrogate/);
    expect(name.safeParse("x\udc00").success).toBe(false);
  });

  it("keeps real text, emoji (paired surrogates), tabs and newlines, and still trims", () => {
    expect(name.parse("  Period 1 😀 ")).toBe("Period 1 😀");
    expect(textProblem("line\tone\nline two")).toBeNull();
  });
});
