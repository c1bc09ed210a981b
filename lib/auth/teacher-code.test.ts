import { describe, expect, it } from "vitest";
import { teacherSignupAllowed } from "./teacher-code";

describe("teacherSignupAllowed", () => {
  it("lets anyone sign up as a teacher when no code is configured", () => {
    expect(teacherSignupAllowed(undefined, undefined)).toBe(true);
  });

  it("needs the configured code, ignoring case and surrounding spaces", () => {
    expect(teacherSignupAllowed("Staff-2026", " staff-2026 ")).toBe(true);
    expect(teacherSignupAllowed("Staff-2026", "staff-2025")).toBe(false);
    expect(teacherSignupAllowed("Staff-2026", "")).toBe(false);
    expect(teacherSignupAllowed("Staff-2026", undefined)).toBe(false);
  });
});
