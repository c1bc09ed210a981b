import { describe, expect, it } from "vitest";
import { claimsReader } from "./token-claims";

const uid = "0b6a3f4e-8f5c-4d7a-9a1e-2c3d4e5f6a7b";
const sid = "1c7b4a5f-9a6d-4e8b-8b2f-3d4e5f6a7b8c";

/** A stand-in for the real decryption that counts its calls and returns these claims. */
function decrypter(claims: Record<string, unknown> | null) {
  const calls: string[] = [];
  return { calls, decrypt: async (token: string) => (calls.push(token), claims) };
}

describe("claimsReader", () => {
  it("decrypts a token once and answers its claims from memory after that", async () => {
    let clock = 1_000_000;
    const read = claimsReader({ now: () => clock });
    const { calls, decrypt } = decrypter({ uid, sid, sv: 2, exp: clock / 1000 + 60 });
    expect(await read("t1", decrypt)).toEqual({ userId: uid, sid, sv: 2 });
    clock += 30_000;
    expect(await read("t1", decrypt)).toEqual({ userId: uid, sid, sv: 2 });
    expect(calls).toEqual(["t1"]);
  });

  it("never answers from memory once the token's exp has passed", async () => {
    let clock = 1_000_000;
    const read = claimsReader({ now: () => clock });
    const fresh = decrypter({ uid, sid, sv: 0, exp: clock / 1000 + 60 });
    await read("t1", fresh.decrypt);
    clock += 61_000;
    const expired = decrypter(null); // what the real decryption says of an expired token
    expect(await read("t1", expired.decrypt)).toBeNull();
    expect(expired.calls).toEqual(["t1"]);
  });

  it("keeps nothing for a token that does not decrypt or lacks a claim", async () => {
    const read = claimsReader();
    const bad = decrypter({ uid: "not-a-uuid", sid, sv: 0, exp: Date.now() / 1000 + 60 });
    expect(await read("t1", bad.decrypt)).toBeNull();
    expect(await read("t1", bad.decrypt)).toBeNull();
    expect(bad.calls).toHaveLength(2);
  });

  it("holds at most `max` tokens, forgetting the least recently used", async () => {
    const read = claimsReader({ max: 2 });
    const { calls, decrypt } = decrypter({ uid, sid, sv: 0, exp: Date.now() / 1000 + 60 });
    for (const t of ["a", "b", "a", "c", "a", "b"]) await read(t, decrypt);
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });
});
