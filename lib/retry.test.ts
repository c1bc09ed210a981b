import { describe, expect, it } from "vitest";
import { isRetryable, keepTrying, OUTAGE_TRIES, outageMessage, retryDelayMs } from "./retry";

const noJitter = () => 0.5;

describe("retryDelayMs", () => {
  it("doubles from the base without a Retry-After, up to the cap", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs({ attempt, random: noJitter }))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs({ attempt: 10, random: noJitter })).toBe(30_000);
  });

  it("waits at least what the server asked", () => {
    expect(retryDelayMs({ attempt: 1, retryAfter: "5", random: noJitter })).toBe(5000);
    expect(retryDelayMs({ attempt: 1, retryAfter: "nonsense", random: noJitter })).toBe(1000);
  });

  it("spreads clients by ±50%", () => {
    expect(retryDelayMs({ attempt: 2, random: () => 0 })).toBe(1000);
    expect(retryDelayMs({ attempt: 2, random: () => 0.999 })).toBeCloseTo(2998, -1);
  });
});

describe("isRetryable", () => {
  it("retries saturation and outages, not a bad request or a bug", () => {
    expect(isRetryable(503, "busy")).toBe(true);
    expect(isRetryable(503, "database_unavailable")).toBe(true);
    expect(isRetryable(429, "too_many_requests")).toBe(true);
    expect(isRetryable(400, "validation_failed")).toBe(false);
    expect(isRetryable(500, "internal")).toBe(false);
  });
});

describe("outageMessage", () => {
  it("tells busy from down and says when it tries again", () => {
    expect(outageMessage("busy", "submit", 3)).toMatch(/busy.*safe.*3 s/);
    expect(outageMessage("database_unavailable", "save", 5)).toMatch(/database.*5 s/);
    expect(outageMessage(undefined, "submit", 2)).toMatch(/reach the server/);
  });
});

describe("keepTrying", () => {
  it("keeps trying busy past any number of tries, and gives an outage or silence up after OUTAGE_TRIES", () => {
    expect(keepTrying({ attempt: OUTAGE_TRIES, code: "busy" })).toBe(true);
    expect(keepTrying({ attempt: 50, code: "busy" })).toBe(true);
    expect(keepTrying({ attempt: OUTAGE_TRIES - 1, code: "database_unavailable" })).toBe(true);
    expect(keepTrying({ attempt: OUTAGE_TRIES, code: "database_unavailable" })).toBe(false);
    expect(keepTrying({ attempt: OUTAGE_TRIES, code: undefined })).toBe(false);
  });
});
