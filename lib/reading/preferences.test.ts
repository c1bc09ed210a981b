import { describe, expect, it } from "vitest";
import { DEFAULT_PREFERENCES, preferencesPatchSchema, preferencesSchema, readingStyle } from "./preferences";

describe("reading preferences", () => {
  it("accept only the offered steps", () => {
    expect(preferencesSchema.safeParse(DEFAULT_PREFERENCES).success).toBe(true);
    expect(preferencesSchema.safeParse({ ...DEFAULT_PREFERENCES, textScale: 117 }).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ lineSpacing: 220 }).success).toBe(true);
    expect(preferencesPatchSchema.safeParse({}).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ speechRate: 1000 }).success).toBe(false);
  });

  it("become the CSS variables the reading areas use", () => {
    expect(readingStyle({ textScale: 130, lineSpacing: 190, speechRate: 100 })).toEqual({
      "--reading-scale": "1.3",
      "--reading-leading": "1.9",
    });
  });
});
