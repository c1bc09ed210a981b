/**
 * Sign-in throttling is stored in Postgres: repeated failures lock an account (existing or not,
 * with the same answer) and an address, with a message that says how long to wait.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
afterAll(closeTestDb);

/** Signs in and returns where Auth.js redirected: the error code is in the query. */
async function attempt(email: string, password: string, headers: Record<string, string> = {}) {
  const client = new ApiClient(baseUrl);
  const { body } = await client.json<{ csrfToken: string }>("/api/auth/csrf");
  const res = await client.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ csrfToken: body.csrfToken, email, password }).toString(),
  });
  return { signedIn: client.signedIn, location: res.headers.get("location") ?? "" };
}

describe("sign-in rate limiting", () => {
  it("locks an account after five failures, even for the right password", async () => {
    const user = await createUser(databaseUrl);
    for (let i = 0; i < 5; i++) {
      const r = await attempt(user.email, "wrong password");
      expect(r.signedIn).toBe(false);
      expect(r.location).toContain("code=invalid_credentials");
    }
    const locked = await attempt(user.email, user.password);
    expect(locked.signedIn).toBe(false);
    expect(locked.location).toMatch(/code=locked%3A1[45]|code=locked:1[45]/);
  });

  it("answers an unknown account exactly like a known one", async () => {
    const email = `ghost-${Date.now()}@example.test`;
    for (let i = 0; i < 5; i++) expect((await attempt(email, "guess")).location).toContain("code=invalid_credentials");
    expect((await attempt(email, "guess")).location).toMatch(/code=locked/);
  });

  it("clears an account's failures when its owner signs in", async () => {
    const user = await createUser(databaseUrl);
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong password");
    expect((await attempt(user.email, user.password)).signedIn).toBe(true);
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong password");
    expect((await attempt(user.email, user.password)).signedIn).toBe(true);
  });

  it("locks an address that fails across many accounts", async () => {
    const ip = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 1}` };
    const victim = await createUser(databaseUrl);
    for (let i = 0; i < 50; i++) await attempt(`spray-${i}-${Date.now()}@example.test`, "guess", ip);
    const blocked = await attempt(victim.email, victim.password, ip);
    expect(blocked.signedIn).toBe(false);
    expect(blocked.location).toMatch(/code=locked/);
    // The same account from elsewhere is fine: only the address is locked.
    expect((await attempt(victim.email, victim.password)).signedIn).toBe(true);
  }, 120_000);
});
