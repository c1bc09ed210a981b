import { describe, expect, it } from "vitest";
import { nameFragment } from "./critic-names";

describe("nameFragment", () => {
  it("counts a name always read after an ordinal as a piece of a longer name", () => {
    expect(nameFragment("Fans of the 21st Century network watched. The 20th Century studio agreed.", "Century")).toBe(true);
    expect(nameFragment("The 21st Century network grew. Century later closed.", "Century")).toBe(false);
  });

  it("counts a name beside a capitalised word mid-sentence as a piece, but not one on its own", () => {
    expect(nameFragment("He met Tomás Regalado there.", "Regalado")).toBe(true);
    expect(nameFragment("He met Tomás Regalado there. Later Regalado left.", "Regalado")).toBe(false);
  });
});
