import { describe, expect, it } from "vitest";
import { clientAddress, LOCK_FOR_MS, minutesText, signInVerdict } from "./rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("signInVerdict", () => {
  it("lets a first few failures through at full speed", () => {
    expect(signInVerdict([{ kind: "email", count: 2, latest: ago(1000) }], now)).toEqual({ allowed: true, delayMs: 0 });
  });

  it("slows down, doubling, after the third failure for an account", () => {
    expect(signInVerdict([{ kind: "email", count: 3, latest: ago(1000) }], now)).toEqual({ allowed: true, delayMs: 500 });
    expect(signInVerdict([{ kind: "email", count: 4, latest: ago(1000) }], now)).toEqual({ allowed: true, delayMs: 1000 });
  });

  it("locks an account at five failures until fifteen minutes after the latest", () => {
    const verdict = signInVerdict([{ kind: "email", count: 5, latest: ago(60_000) }], now);
    expect(verdict).toEqual({ allowed: false, retryAfterMs: LOCK_FOR_MS - 60_000 });
  });

  it("releases the lock once it has run out", () => {
    expect(signInVerdict([{ kind: "email", count: 5, latest: ago(LOCK_FOR_MS + 1) }], now).allowed).toBe(true);
  });

  it("never slows an address (a class may share one), only locks it", () => {
    expect(signInVerdict([{ kind: "ip", count: 49, latest: ago(1000) }], now)).toEqual({ allowed: true, delayMs: 0 });
  });

  it("locks an address that fails across many accounts", () => {
    const verdict = signInVerdict(
      [
        { kind: "email", count: 1, latest: ago(1000) },
        { kind: "ip", count: 50, latest: ago(1000) },
      ],
      now,
    );
    expect(verdict.allowed).toBe(false);
  });
});

describe("clientAddress", () => {
  it("takes the first x-forwarded-for hop, then x-real-ip, else null", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers())).toBeNull();
  });
});

describe("minutesText", () => {
  it("rounds up to whole minutes", () => {
    expect(minutesText(61_000)).toBe("2 minutes");
    expect(minutesText(1)).toBe("1 minute");
  });
});
