import { describe, expect, it } from "vitest";
import { family } from "./number";
import { run } from "./test-helpers";

const FILL = "The old museum reopened after a long repair. The harbour was rebuilt by the city. The first ferry sailed from the north pier. The council met on Monday in the town hall.";
const prompts = (text: string) => run(family, `${text} ${FILL}`).map((c) => c.body.prompt);

describe("how many …?", () => {
  it("asks about the object of a present-tense verb", () => {
    expect(prompts("The small village school holds 30 pupils in two rooms.")).toContain("According to the article, how many pupils does the small village school hold in two rooms?");
  });
  it("keeps a participle after the counted noun with it", () => {
    expect(prompts("The inquiry examined 4,000 letters written by the mayor.")).toContain("According to the article, how many letters written by the mayor did the inquiry examine?");
  });
  it("asks nothing when a list runs on past the participle's phrase", () => {
    expect(prompts("The inquiry examined 4,000 letters written by the mayor, the council and the police.").filter((p) => p.startsWith("According"))).toEqual([]);
  });
});

describe("the unit a student types the answer in", () => {
  const numeric = (text: string) => run(family, `${text} ${FILL}`).map((c) => c.body).filter((b) => b.type === "numeric");
  it("names a sum's unit in words, with the article's own spelling among the aliases", () => {
    expect(numeric("The city council paid £5m for the old railway station.")[0]).toMatchObject({ unit: "million pounds", unitAliases: expect.arrayContaining(["£m", "million"]) });
    expect(numeric("The firm spent $300 on each new laptop for its staff.")[0]).toMatchObject({ unit: "dollars", unitAliases: expect.arrayContaining(["$"]) });
    expect(numeric("The bank lost €2bn in the crisis that followed the crash.")[0]).toMatchObject({ unit: "billion euros", unitAliases: expect.arrayContaining(["€bn", "bn", "billion"]) });
  });
  it("accepts 'percent' and 'per cent' for a percentage", () => {
    expect(numeric("Ticket sales at the theatre rose by 12% last year.")[0]).toMatchObject({ unit: "%", unitAliases: expect.arrayContaining(["percent", "per cent"]) });
  });
  it("never blanks the number of a fixed phrase ('a top 10 hit', 'the top five')", () => {
    expect(numeric("The band had a top 10 hit with the song in the spring.")).toEqual([]);
  });
});

describe("how much …? and by what percentage …?", () => {
  const asked = (text: string) => prompts(text).filter((p) => /^(How much|By what|According to the article, what percentage)/.test(p));
  it("asks how much for a sum right after its verb", () => {
    expect(asked("The city council paid £5m for the old railway station.")).toEqual(["How much did the city council pay for the old railway station?"]);
  });
  it("asks by what percentage for a change, with or without 'by', and 'is up'", () => {
    expect(asked("Ticket sales at the theatre rose by 12% last year.")).toEqual(["By what percentage did ticket sales at the theatre rise last year?"]);
    expect(asked("Coffee prices fell 8% in the spring.")).toEqual(["By what percentage did coffee prices fall in the spring?"]);
    expect(asked("Foreign trade is up 41% since December.")).toEqual(["By what percentage is foreign trade up since December?"]);
  });
  it("asks what percentage when the percentage opens the subject", () => {
    expect(asked("About 30% of the town's workers take the bus to work.")).toEqual(["According to the article, what percentage of the town's workers take the bus to work?"]);
  });
  it("asks nothing when the sum qualifies a noun or a second sum would make it ambiguous", () => {
    expect(asked("The firm signed a £5m deal with the city.")).toEqual([]);
    expect(asked("The film council has awarded a contract worth £11.5m to a small firm.")).toEqual([]);
    expect(asked("The fare rose from £6 to £10 for long trips.")).toEqual([]);
    expect(asked("The town raised £2m of funding for the new pool.")).toEqual([]);
  });
});
