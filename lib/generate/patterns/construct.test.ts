import { describe, expect, it } from "vitest";
import { hasSpeech } from "./construct";

describe("hasSpeech", () => {
  it("counts a quotation of four or more words as someone's words", () => {
    expect(hasSpeech('"We will not give in to threats," the minister said.')).toBe(true);
  });

  it("counts a quote mark left open as speech", () => {
    expect(hasSpeech('"We will not give in, the minister said.')).toBe(true);
  });

  it("does not count a quoted term of up to three words", () => {
    expect(hasSpeech('The company applied for the ".shop" domain last year.')).toBe(false);
    expect(hasSpeech('Locals call the rat "the Red Rat" because of its fur.')).toBe(false);
  });

  it("does not count a sentence without quote marks", () => {
    expect(hasSpeech("The council voted to close the bridge.")).toBe(false);
  });
});
