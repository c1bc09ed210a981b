import { describe, expect, it } from "vitest";
import { discriminationInterval, facilityInterval, itemFlags, MIN_STUDENTS } from "./item-flags";

describe("itemFlags", () => {
  it("flags nothing below the minimum sample, however extreme the figures", () => {
    expect(itemFlags({ responses: 5, facility: 0.1, discrimination: -0.9 })).toEqual([]);
    expect(itemFlags({ responses: MIN_STUDENTS - 1, facility: 1, discrimination: 0 })).toEqual([]);
  });

  it("says 'check the key' only when the whole 95% range is below zero", () => {
    const sure = itemFlags({ responses: 40, facility: 0.5, discrimination: -0.6 });
    expect(sure.join(" ")).toContain("check the key");
    const unsure = itemFlags({ responses: 16, facility: 0.5, discrimination: -0.3 });
    expect(unsure.join(" ")).not.toContain("check the key");
    expect(unsure.join(" ")).toContain("not certain");
  });

  it("flags very hard and very easy questions from the minimum sample up", () => {
    expect(itemFlags({ responses: 12, facility: 0.2, discrimination: 0.5 })).toEqual(["Very hard: fewer than 30% of the marks were earned."]);
    expect(itemFlags({ responses: 12, facility: 0.97, discrimination: null })).toEqual(["Very easy: almost everyone got it right."]);
    expect(itemFlags({ responses: 12, facility: 0.6, discrimination: 0.45 })).toEqual([]);
  });
});

describe("intervals", () => {
  it("narrow as the sample grows and stay inside their bounds", () => {
    const small = facilityInterval(0.5, 10)!;
    const large = facilityInterval(0.5, 1000)!;
    expect(small.high - small.low).toBeGreaterThan(large.high - large.low);
    expect(facilityInterval(1, 5)!.high).toBeLessThanOrEqual(1);
    expect(facilityInterval(0, 5)!.low).toBeGreaterThanOrEqual(0);
    const r = discriminationInterval(0.3, 20)!;
    expect(r.low).toBeLessThan(0.3);
    expect(r.high).toBeGreaterThan(0.3);
    expect(discriminationInterval(0.3, 3)).toBeNull();
  });

  it("match the textbook Wilson interval for 8 of 10", () => {
    const i = facilityInterval(0.8, 10)!;
    expect(i.low).toBeCloseTo(0.49, 2);
    expect(i.high).toBeCloseTo(0.943, 2);
  });
});
