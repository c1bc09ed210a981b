import { describe, expect, it } from "vitest";
import { family as number } from "./number";
import { family as name } from "./name";
import { run } from "./test-helpers";

const FILL = "The old museum reopened in 1994 after a long repair. The harbour was rebuilt in 1971 by the city. The first ferry sailed in 1958 from the north pier. The council met on Monday in the town hall.";
const prompts = (family: typeof number, text: string) => run(family, `${text} ${FILL}`).map((c) => c.body.prompt);

describe("questions in the reader's words instead of a gap", () => {
  it("asks 'In which year …?' with the year's phrase taken out of the main clause", () => {
    expect(prompts(number, "The stone bridge over the river was opened in 1887.")).toContain("In which year was the stone bridge over the river opened?");
    expect(prompts(number, "In 2013, the county council closed the village library.")).toContain("In which year did the county council close the village library?");
    expect(prompts(number, "The regional government wants to double rice production by 2030.")).toContain("By which year does the regional government want to double rice production?");
  });

  it("asks nothing of a year inside the subject, or of a subject with a hyphenated compound", () => {
    const asked = (t: string) => prompts(number, t).filter((p) => p.startsWith("In which year") && !/museum|harbour|ferry/.test(p));
    expect(asked("The band's first album in 1991 was followed by a long world tour.")).toEqual([]);
    expect(asked("The London-based appeals court ruled in 2005 that the firms were not liable.")).toEqual([]);
  });

  it("asks nothing when the sentence also dates by 'this year' or 'next year' (the question would not say which figure)", () => {
    // Set D: "In which year were forecasts … scaled back to 4.0% from 4.4% this year and 2.1% from 2.8%?" keyed 2005.
    const asked = (t: string) => prompts(number, t).filter((p) => p.startsWith("In which year") && !/museum|harbour|ferry/.test(p));
    expect(asked("Forecasts for growth were scaled back to 4.0% this year and to 2.1% in 2005.")).toEqual([]);
    expect(asked("The bridge will close next year and reopen in 2029.")).toEqual([]);
  });

  it("lowers a sentence's opening 'The' before a name ('did the BBC launch')", () => {
    expect(prompts(number, "The BBC launched the new radio service for schools in 2002. The BBC later closed it.")).toContain("In which year did the BBC launch the new radio service for schools?");
  });

  it("keeps the capital of a title before a name ('Archbishop Desmond Tutu')", () => {
    expect(prompts(name, "Archbishop Desmond Tutu led the memorial service in Cape Town. Later the choir sang in Durban and then in Soweto.")).toContain("Where did Archbishop Desmond Tutu lead the memorial service?");
  });

  it("keeps the gap when the year dates another event or the clause has no plain subject", () => {
    const gapOnly = (text: string, year: string) => run(number, `${text} ${FILL}`).filter((c) => c.key.includes(year)).map((c) => c.body.prompt);
    for (const p of gapOnly("Ms Grant was a quiet member of the board until she unexpectedly became its chair in 1975.", "1975")) expect(p).toMatch(/^Which year completes/);
    for (const p of gapOnly("He sold the farm to his neighbour in 1982.", "1982")) expect(p).toMatch(/^Which year completes/);
    for (const p of gapOnly("Security has been tight since the fire at the depot in 2012.", "2012")) expect(p).toMatch(/^Which year completes/);
    for (const p of gapOnly("Ticket sales may suffer from a new scandal in 2016.", "2016")) expect(p).toMatch(/^Which year completes/);
  });

  it("asks 'Where …?' for a place after 'in' or 'at'", () => {
    const text = "The peace talks took place in Geneva. The delegates later travelled to Vienna and Rome, and then to Madrid.";
    expect(prompts(name, text)).toContain("Where did the peace talks take place?");
  });
});

describe("a 'she' or 'he' subject in a wh-question", () => {
  it("is named when one person of that gender is in reach, and a place in a list is never asked alone", () => {
    const text = "Maria Lopez grew up on a farm near the coast. She opened her first bakery in 1998. She has shops in Leeds and York.";
    const ps = [...prompts(number, text), ...prompts(name, text)];
    expect(ps).toContain("In which year did Maria Lopez open her first bakery?");
    expect(ps.filter((p) => /^Where/.test(p))).toEqual([]);
  });
});
