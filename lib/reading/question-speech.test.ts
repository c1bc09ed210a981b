import { describe, expect, it } from "vitest";
import type { PublicQuestion } from "@/lib/quiz/public";
import { questionToRead, spokenBlankPrompt } from "./question-speech";

/** Choices from id → text, in the order written (the order a student is shown). */
const choices = (byId: Record<string, string>) => Object.entries(byId).map(([id, text]) => ({ id, text }));

const single: PublicQuestion = {
  id: "q1",
  type: "single",
  prompt: "Which town did the rebels take?",
  points: 1,
  options: choices({ b: "Diabaly", a: "Konna" }),
};

describe("reading a question aloud", () => {
  it("reads the prompt, what to do, then each option in the order shown", () => {
    expect(questionToRead(single, 3)).toEqual([
      { part: "prompt", text: "Question 3. Which town did the rebels take?" },
      { part: "instructions", text: "Choose one answer." },
      { part: "option:b", text: "Option 1: Diabaly" },
      { part: "option:a", text: "Option 2: Konna" },
    ]);
  });

  it("names each gap of a fill-in prompt instead of reading underscores", () => {
    const blank: PublicQuestion = { id: "q2", type: "blank", prompt: "France sent ___ troops to ___.", points: 1, blanks: 2 };
    expect(questionToRead(blank, 1)[0]!.text).toBe("Question 1. France sent (blank 1) troops to (blank 2).");
    expect(spokenBlankPrompt("no gaps")).toBe("no gaps");
  });

  it("reads true and false, and a numeric answer's unit", () => {
    const tf: PublicQuestion = { id: "t", type: "truefalse", prompt: "Mali is in Africa.", points: 1 };
    expect(questionToRead(tf, 1).map((p) => p.part)).toEqual(["prompt", "instructions", "option:true", "option:false"]);
    const numeric: PublicQuestion = { id: "n", type: "numeric", prompt: "How many soldiers?", points: 1, unit: "soldiers" };
    expect(questionToRead(numeric, 1).at(-1)).toEqual({ part: "instructions", text: "The answer is in soldiers." });
  });

  it("reads an ordering question's items as the student has arranged them", () => {
    const ordering: PublicQuestion = {
      id: "o",
      type: "ordering",
      prompt: "Put the events in order.",
      points: 1,
      items: choices({ x: "First shown", y: "Second shown", z: "Third shown" }),
    };
    const items = (order?: string[]) => questionToRead(ordering, 1, order).slice(2).map((p) => p.part);
    expect(items()).toEqual(["item:x", "item:y", "item:z"]);
    expect(items(["z", "x"])).toEqual(["item:z", "item:x", "item:y"]);
  });

  it("reads a matching question's items, then its choices once", () => {
    const matching: PublicQuestion = {
      id: "m",
      type: "matching",
      prompt: "Match each person to their role.",
      points: 1,
      left: choices({ l1: "Valls" }),
      right: choices({ r1: "Interior minister", r2: "Rebel spokesman" }),
    };
    expect(questionToRead(matching, 2).slice(2)).toEqual([
      { part: "left:l1", text: "Item 1: Valls" },
      { part: "choices", text: "The choices are: Interior minister; Rebel spokesman." },
    ]);
  });
});
