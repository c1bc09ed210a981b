/**
 * The attempt routes read the session token straight from its cookie (lib/auth/session.ts), not
 * through Auth.js's `auth()`: these pin the rules that reading must keep — the cookie's name and
 * key follow the protocol as Auth.js decides it, a bearer header is not a session, and an expired
 * or foreign token is nobody.
 */
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TEST_AUTH_SECRET } from "../support/app-server";
import { closeTestDb, createUser, type TestUser } from "../factories";

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

let user: TestUser;
let servalId: string;

beforeAll(async () => {
  user = await createUser(inject("databaseUrl"));
  const list = await (await fetch(`${inject("baseUrl")}/api/quizzes`)).json();
  servalId = list.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
});
afterAll(closeTestDb);

/** A token as Auth.js issues it at sign-in, encrypted for the cookie called `salt`. */
function token(salt: string, { secret = TEST_AUTH_SECRET, maxAge }: { secret?: string; maxAge?: number } = {}) {
  return encode({
    token: { sub: user.id, uid: user.id, role: user.role, sid: crypto.randomUUID(), sv: 0 },
    secret,
    salt,
    maxAge,
  });
}

async function start(headers: Record<string, string>) {
  const res = await fetch(`${inject("baseUrl")}/api/quizzes/${servalId}/attempts`, { method: "POST", headers });
  return { status: res.status, body: await res.json() };
}

describe("the session token on the attempt routes", () => {
  it("over http: the plain cookie is a session, the __Secure- one is not", async () => {
    expect((await start({ cookie: `${PLAIN}=${await token(PLAIN)}` })).status).toBeOneOf([200, 201]);
    expect((await start({ cookie: `${SECURE}=${await token(SECURE)}` })).status).toBe(401);
  });

  it("behind a proxy that says https: the __Secure- cookie is the session, the plain one is not", async () => {
    const https = { "x-forwarded-proto": "https" };
    expect((await start({ ...https, cookie: `${SECURE}=${await token(SECURE)}` })).status).toBeOneOf([200, 201]);
    expect((await start({ ...https, cookie: `${PLAIN}=${await token(PLAIN)}` })).status).toBe(401);
  });

  it("a token under the other cookie's name (its key is salted by the name) is refused", async () => {
    expect((await start({ cookie: `${PLAIN}=${await token(SECURE)}` })).status).toBe(401);
  });

  it("a token accepted under its own name is still refused under the other, though the instance has decrypted it", async () => {
    const plain = await token(PLAIN);
    expect((await start({ cookie: `${PLAIN}=${plain}` })).status).toBeOneOf([200, 201]);
    expect((await start({ "x-forwarded-proto": "https", cookie: `${SECURE}=${plain}` })).status).toBe(401);
  });

  it("a bearer header carrying a valid token is not a session", async () => {
    const res = await start({ authorization: `Bearer ${await token(PLAIN)}` });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
  });

  it("an expired token, or one made with another secret, is refused with 401", async () => {
    expect((await start({ cookie: `${PLAIN}=${await token(PLAIN, { maxAge: -60 })}` })).status).toBe(401);
    const foreign = await token(PLAIN, { secret: "another-secret-that-is-long-enough-0123456789" });
    expect((await start({ cookie: `${PLAIN}=${foreign}` })).status).toBe(401);
  });
});
