import { describe, expect, it } from "vitest";
import { normalizeAnswer, parseNumericResponse } from "./normalize";

describe("normalizeAnswer", () => {
  it.each([
    ["Guidère", "guidere"],
    ["  The Université   de Genève! ", "universite de geneve"],
    ["“Serval”", "serval"],
    ["Gaddafi’s fall", "gaddafis fall"],
    ["bright-red", "bright red"],
    ["bright — red", "bright red"],
    ["U.S.", "us"],
    ["6,000 people", "6000 people"],
    ["1.5 km", "1.5 km"],
    ["Kidal, Gao; Timbuktu.", "kidal gao timbuktu"],
    ["\tline\nbreaks\u00A0and  tabs ", "line breaks and tabs"],
    ["ﬁnal", "final"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });

  it("drops one leading article but keeps articles inside the answer", () => {
    expect(normalizeAnswer("The west")).toBe("west");
    expect(normalizeAnswer("an army")).toBe("army");
    expect(normalizeAnswer("A small African cat")).toBe("small african cat");
    expect(normalizeAnswer("in the west")).toBe("in the west");
    expect(normalizeAnswer("the the")).toBe("the");
  });

  it("keeps an answer that is only an article", () => {
    expect(normalizeAnswer("A")).toBe("a");
    expect(normalizeAnswer("the")).toBe("the");
  });

  it("keeps answers that differ in letters apart", () => {
    expect(normalizeAnswer("Gao")).not.toBe(normalizeAnswer("Goa"));
    expect(normalizeAnswer("1.5")).not.toBe(normalizeAnswer("15"));
  });

  it("reduces punctuation-only input to the empty string", () => {
    expect(normalizeAnswer(" ?!… ")).toBe("");
  });
});

describe("parseNumericResponse", () => {
  const miles = { unit: "miles", unitAliases: ["mi"] };

  it.each([
    ["250", 250],
    [" 250 ", 250],
    ["250.", 250],
    ["250 miles", 250],
    ["250 Miles.", 250],
    ["250 mile", 250],
    ["250miles", 250],
    ["250 mi", 250],
    ["250 MI.", 250],
    ["6,000", 6000],
    ["6 000", 6000],
    ["6\u202F000", 6000],
    ["1,000,000.25", 1000000.25],
    ["1.5", 1.5],
    [".5", 0.5],
    ["-3", -3],
    ["\u22123", -3],
    ["+7", 7],
  ])("reads %j as %d", (input, value) => {
    expect(parseNumericResponse(input, miles)).toEqual({ value });
  });

  it("takes a finite number as it is", () => {
    expect(parseNumericResponse(420, miles)).toEqual({ value: 420 });
    expect(parseNumericResponse(NaN)).toEqual({ error: "not-a-number" });
    expect(parseNumericResponse(Infinity)).toEqual({ error: "not-a-number" });
  });

  it.each(["", "  ", "-", "about 500", "five or six", "fifth", "6,00", "1,5", "1 5", "1,234 567", "1.2.3", "1.2e3", "2e2", "abc"])(
    "refuses %j as not a number",
    (input) => {
      expect(parseNumericResponse(input, miles)).toEqual({ error: "not-a-number" });
    },
  );

  it.each(["250 km", "250 miles away", "250 kilometres", "250 $"])("refuses %j as the wrong unit", (input) => {
    expect(parseNumericResponse(input, miles)).toEqual({ error: "wrong-unit" });
  });

  it.each([
    ["four", 4],
    ["Twenty-One", 21],
    ["twenty one", 21],
    ["one hundred and five", 105],
    ["a hundred", 100],
    ["a dozen", 12],
    ["half a dozen", 6],
    ["two thousand five hundred", 2500],
    ["1.5 million", 1_500_000],
    ["four hundred and twenty miles", 420],
    ["zero.", 0],
  ])("reads the words %j as %d", (input, value) => {
    expect(parseNumericResponse(input, miles)).toEqual({ value });
  });

  it("refuses a unit after number words that is not the question's", () => {
    expect(parseNumericResponse("four hundred kilometres", miles)).toEqual({ error: "wrong-unit" });
  });

  it("refuses any unit when the question has none", () => {
    expect(parseNumericResponse("6000 people")).toEqual({ error: "wrong-unit" });
    expect(parseNumericResponse("6000")).toEqual({ value: 6000 });
  });

  it("makes the last word of a unit singular, whatever its spelling", () => {
    expect(parseNumericResponse("3 inches", { unit: "inch" })).toEqual({ value: 3 });
    expect(parseNumericResponse("2 square miles", { unit: "square mile" })).toEqual({ value: 2 });
    expect(parseNumericResponse("4 batteries", { unit: "battery" })).toEqual({ value: 4 });
    expect(parseNumericResponse("50%", { unit: "%", unitAliases: ["percent"] })).toEqual({ value: 50 });
    expect(parseNumericResponse("50 per cent", { unit: "%", unitAliases: ["per cent"] })).toEqual({ value: 50 });
  });

  it("reads a sum typed as the article prints it, currency sign first, when the unit is in that currency", () => {
    const pounds = { unit: "million pounds", unitAliases: ["£m", "m", "million", "£ million"] };
    expect(parseNumericResponse("£558m", pounds)).toEqual({ value: 558 });
    expect(parseNumericResponse("£558", pounds)).toEqual({ value: 558 });
    expect(parseNumericResponse("£ 558 million", pounds)).toEqual({ value: 558 });
    expect(parseNumericResponse("558 million pounds", pounds)).toEqual({ value: 558 });
    // A sign of another currency is a wrong unit, and a sign where no currency is asked is no number.
    expect(parseNumericResponse("$558m", pounds)).toEqual({ error: "wrong-unit" });
    expect(parseNumericResponse("£30", { unit: "miles" })).toEqual({ error: "not-a-number" });
  });
});
