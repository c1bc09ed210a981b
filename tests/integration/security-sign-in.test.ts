/**
 * Sign-in limits that hold (issue 11): attempts are counted atomically before the password is
 * checked, per account and address pair, and a forwarded address is believed only from a
 * configured number of proxies. The suite's app trusts no proxy (the default); a second
 * instance on the same database runs with TRUSTED_PROXY_HOPS=1, as behind one load balancer.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const driver = inject("driver");

let behindProxy: AppServer;
beforeAll(async () => {
  behindProxy = await startAppServer({ ...inject("appEnv"), TRUSTED_PROXY_HOPS: "1" });
});
afterAll(async () => {
  await behindProxy?.stop();
  await closeTestDb();
});

/** One sign-in through Auth.js's endpoint; the outcome is in the redirect's query. */
async function attempt(base: string, email: string, password: string, headers: Record<string, string> = {}) {
  const client = new ApiClient(base);
  const { body } = await client.json<{ csrfToken: string }>("/api/auth/csrf");
  const res = await client.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ csrfToken: body.csrfToken, email, password }).toString(),
  });
  const location = res.headers.get("location") ?? "";
  const outcome = client.signedIn ? "signed-in" : /code=locked/.test(location) ? "locked" : /invalid_credentials/.test(location) ? "wrong" : location;
  return outcome;
}

const from = (ip: string) => ({ "x-forwarded-for": ip });
let n = 0;
const address = () => `198.51.100.${(++n % 250) + 1}`;

describe("without a trusted proxy, X-Forwarded-For is ignored", () => {
  it("rotating X-Forwarded-For does not buy more guesses", async () => {
    const user = await createUser(databaseUrl);
    const outcomes = [];
    for (let i = 0; i < 8; i++) outcomes.push(await attempt(baseUrl, user.email, "wrong password", from(`203.0.113.${i + 1}`)));
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(5);
    expect(outcomes.slice(5)).toEqual(["locked", "locked", "locked"]);
  });

  it.skipIf(driver !== "postgres")("a spoofed address full of failures does not lock out real users who send the same value", async () => {
    const spoofed = from("192.0.2.77");
    for (let i = 0; i < 110; i++) await attempt(baseUrl, `spray-${i}-${Date.now()}@example.test`, "guess", spoofed);
    const victim = await createUser(databaseUrl);
    expect(await attempt(baseUrl, victim.email, victim.password, spoofed)).toBe("signed-in");
  }, 120_000);

  it("answers an unknown account exactly like a known one", async () => {
    const email = `ghost-${Date.now()}@example.test`;
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await attempt(baseUrl, email, "guess"));
    expect(outcomes).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "locked"]);
  });
});

describe("behind one trusted proxy", () => {
  it("60 concurrent wrong guesses get exactly 5 password checks, and the owner elsewhere still signs in", async () => {
    const user = await createUser(databaseUrl);
    const attacker = from(address());
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, () => attempt(behindProxy.baseUrl, user.email, "wrong password", attacker)),
    );
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "locked")).toHaveLength(55);
    // The attacker's own pair is locked, even with the right password…
    expect(await attempt(behindProxy.baseUrl, user.email, user.password, attacker)).toBe("locked");
    // …but the owner, from their own address, is not locked out of their account.
    expect(await attempt(behindProxy.baseUrl, user.email, user.password, from(address()))).toBe("signed-in");
  }, 120_000);

  it("believes the address the proxy appended, not the one the client wrote", async () => {
    const user = await createUser(databaseUrl);
    const real = address();
    for (let i = 0; i < 5; i++) await attempt(behindProxy.baseUrl, user.email, "wrong", from(`10.9.9.${i}, ${real}`));
    expect(await attempt(behindProxy.baseUrl, user.email, user.password, from(`10.9.9.200, ${real}`))).toBe("locked");
  });

  it("a successful sign-in clears the pair's count", async () => {
    const user = await createUser(databaseUrl);
    const ip = from(address());
    for (let i = 0; i < 4; i++) await attempt(behindProxy.baseUrl, user.email, "wrong", ip);
    expect(await attempt(behindProxy.baseUrl, user.email, user.password, ip)).toBe("signed-in");
    for (let i = 0; i < 4; i++) await attempt(behindProxy.baseUrl, user.email, "wrong", ip);
    expect(await attempt(behindProxy.baseUrl, user.email, user.password, ip)).toBe("signed-in");
  });

  it.skipIf(driver !== "postgres")(
    "locks an address that sprays many accounts, however it rotates what it writes in X-Forwarded-For",
    async () => {
      const real = address();
      const rotating = (i: number) => from(`203.0.${i % 250}.${(i * 7) % 250}, ${real}`);
      for (let i = 0; i < 100; i++) await attempt(behindProxy.baseUrl, `spray-${i}-${Date.now()}@example.test`, "guess", rotating(i));
      const victim = await createUser(databaseUrl);
      expect(await attempt(behindProxy.baseUrl, victim.email, victim.password, rotating(101))).toBe("locked");
      expect(await attempt(behindProxy.baseUrl, victim.email, victim.password, from(address()))).toBe("signed-in");
    },
    120_000,
  );
});
