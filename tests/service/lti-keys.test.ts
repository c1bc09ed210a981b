/** The tool's signing keys in Postgres: made on first use, published without private parts, rotated with a grace day. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicJwks, rotateSigningKey, signingKey } from "@/lib/lti/keys";
import type { Db } from "@/lib/db/types";
import { openTestDb } from "./pglite";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await openTestDb());
}, 120_000);
afterAll(() => close());

const DAY = 24 * 3600_000;

describe("tool signing keys", () => {
  it("are made on first use, kept (not regenerated per call) and published with public members only", async () => {
    const first = await signingKey(db);
    expect((await signingKey(db)).kid).toBe(first.kid);
    const { keys } = await publicJwks(db);
    expect(keys.map((k) => k.kid)).toEqual([first.kid]);
    expect(Object.keys(keys[0]!).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
  });

  it("rotate: the new key signs, the old one stays published for a day, then goes", async () => {
    const old = (await signingKey(db)).kid;
    const fresh = await rotateSigningKey(db);
    expect((await signingKey(db)).kid).toBe(fresh);
    expect((await publicJwks(db)).keys.map((k) => k.kid).sort()).toEqual([old, fresh].sort());
    expect((await publicJwks(db, new Date(Date.now() + 2 * DAY))).keys.map((k) => k.kid)).toEqual([fresh]);
  });
});
