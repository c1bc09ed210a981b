import { describe, expect, it } from "vitest";
import { clientAddress, minutesText, signInVerdict, throttleKeys } from "./rate-limit";

const left = 10 * 60_000;

describe("signInVerdict", () => {
  it("lets the first three attempts of a pair through at full speed", () => {
    expect(signInVerdict([{ kind: "pair", count: 3, retryAfterMs: left }])).toEqual({ allowed: true, delayMs: 0 });
  });

  it("slows the fourth and fifth, doubling", () => {
    expect(signInVerdict([{ kind: "pair", count: 4, retryAfterMs: left }])).toEqual({ allowed: true, delayMs: 500 });
    expect(signInVerdict([{ kind: "pair", count: 5, retryAfterMs: left }])).toEqual({ allowed: true, delayMs: 1000 });
  });

  it("refuses the sixth attempt of a pair until its window ends", () => {
    expect(signInVerdict([{ kind: "pair", count: 6, retryAfterMs: left }])).toEqual({ allowed: false, retryAfterMs: left });
  });

  it("only slows an account across addresses, never refuses it", () => {
    expect(signInVerdict([{ kind: "account", count: 20, retryAfterMs: left }])).toEqual({ allowed: true, delayMs: 0 });
    expect(signInVerdict([{ kind: "account", count: 10_000, retryAfterMs: left }])).toEqual({ allowed: true, delayMs: 4000 });
  });

  it("never slows an address (a class shares one), refuses it past 100", () => {
    expect(signInVerdict([{ kind: "ip", count: 100, retryAfterMs: left }])).toEqual({ allowed: true, delayMs: 0 });
    expect(signInVerdict([{ kind: "ip", count: 101, retryAfterMs: left }]).allowed).toBe(false);
  });
});

describe("throttleKeys", () => {
  it("keys the pair by account and address, and skips the address when unknown", () => {
    expect(throttleKeys("a@x.test", "203.0.113.5").first.map((k) => k.key)).toEqual(["pair:a@x.test|203.0.113.5", "ip:203.0.113.5"]);
    expect(throttleKeys("a@x.test", null).first.map((k) => k.key)).toEqual(["pair:a@x.test|unknown"]);
  });
});

describe("clientAddress", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  const none = { TRUSTED_PROXY_HOPS: 0, VERCEL: false };
  const one = { TRUSTED_PROXY_HOPS: 1, VERCEL: false };

  it("believes no forwarded address without a trusted proxy", () => {
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.5" }), none)).toBeNull();
  });

  it("takes the entry the nearest trusted proxy appended, not what the client wrote first", () => {
    expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4, 203.0.113.5" }), one)).toBe("203.0.113.5");
    expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4, 203.0.113.5, 10.0.0.2" }), { ...one, TRUSTED_PROXY_HOPS: 2 })).toBe(
      "203.0.113.5",
    );
  });

  it("refuses a list shorter than the proxies, and anything that is not an address", () => {
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.5" }), { ...one, TRUSTED_PROXY_HOPS: 2 })).toBeNull();
    expect(clientAddress(h({ "x-forwarded-for": "evil" }), one)).toBeNull();
    expect(clientAddress(h({}), one)).toBeNull();
  });

  it("uses Vercel's own header on Vercel", () => {
    const vercel = { TRUSTED_PROXY_HOPS: 0, VERCEL: true };
    expect(clientAddress(h({ "x-vercel-forwarded-for": "2001:DB8::1", "x-forwarded-for": "1.2.3.4" }), vercel)).toBe("2001:db8::1");
  });
});

describe("minutesText", () => {
  it("rounds up to whole minutes", () => {
    expect(minutesText(61_000)).toBe("2 minutes");
    expect(minutesText(1)).toBe("1 minute");
  });
});
