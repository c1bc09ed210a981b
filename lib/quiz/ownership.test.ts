import { describe, expect, it } from "vitest";
import { copyTitle, deleteRefusal } from "./ownership";

describe("deleteRefusal", () => {
  it("allows deleting a quiz nobody has used", () => {
    expect(deleteRefusal({ attempts: 0, students: 0, assignments: 0 })).toBeNull();
  });
  it("refuses when attempts exist, says how many students, and offers archiving", () => {
    const reason = deleteRefusal({ attempts: 5, students: 3, assignments: 1 });
    expect(reason).toContain("3 students have already taken this quiz");
    expect(reason).toContain("Archive it instead");
  });
  it("refuses while it is assigned, even before anyone started", () => {
    expect(deleteRefusal({ attempts: 0, students: 0, assignments: 2 })).toContain("assigned to 2 classes");
  });
});

describe("copyTitle", () => {
  it("marks the owner's duplicate and keeps a shared copy's title", () => {
    expect(copyTitle("Mali", { shared: false })).toBe("Copy of Mali");
    expect(copyTitle("Mali", { shared: true })).toBe("Mali");
    expect(copyTitle("x".repeat(200), { shared: false })).toHaveLength(200);
  });
});
