import { describe, expect, it } from "vitest";
import { articleEditIssues } from "./inputs";

describe("articleEditIssues", () => {
  it("lets the headline, source and date change but never the text", () => {
    expect(articleEditIssues({ text: "Same text." }, { text: "Same text." })).toEqual([]);
    expect(articleEditIssues({ text: "Same text." }, { text: "Same text!" })).toEqual([
      { path: "quiz.article.text", message: expect.stringMatching(/cannot change/) },
    ]);
  });
});
