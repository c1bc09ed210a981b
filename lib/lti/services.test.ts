import { describe, expect, it } from "vitest";
import { frameAncestorsFrom } from "./framing";
import { activeLearners, nextPage } from "./roster";
import { scoreBody, scoresUrl } from "./scores";

describe("AGS score messages", () => {
  it("post to {lineitem}/scores, keeping a query string (Moodle) and dropping a trailing slash", () => {
    expect(scoresUrl("https://canvas.example/api/lti/courses/1/line_items/7")).toBe("https://canvas.example/api/lti/courses/1/line_items/7/scores");
    expect(scoresUrl("https://moodle.example/mod/lti/services.php/2/lineitems/5/lineitem?type_id=3")).toBe(
      "https://moodle.example/mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=3",
    );
    expect(scoresUrl("https://lms.example/items/9/")).toBe("https://lms.example/items/9/scores");
  });

  it("carry the AGS 2.0 Score fields", () => {
    const at = new Date("2026-12-02T10:00:00Z");
    expect(scoreBody({ lmsUserId: "u1", score: 7.5, maxScore: 10 }, at)).toEqual({
      userId: "u1",
      scoreGiven: 7.5,
      scoreMaximum: 10,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
      timestamp: "2026-12-02T10:00:00.000Z",
    });
  });
});

describe("NRPS roster", () => {
  it("follows the rel=next page of the Link header", () => {
    expect(nextPage('<https://lms.example/m?page=2>; rel="next", <https://lms.example/m?page=9>; rel="last"')).toBe("https://lms.example/m?page=2");
    expect(nextPage('<https://lms.example/m?page=1>; rel="differences"')).toBeNull();
    expect(nextPage(null)).toBeNull();
  });

  it("keeps active learners only (status defaults to Active)", () => {
    const L = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    const I = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    const members = [
      { user_id: "a", roles: [L] },
      { user_id: "b", roles: [L], status: "Inactive" },
      { user_id: "c", roles: [I], status: "Active" },
      { user_id: "d", roles: [L], status: "Active" },
    ];
    expect(activeLearners(members).map((m) => m.user_id)).toEqual(["a", "d"]);
  });
});

describe("frame cookie", () => {
  it("allows plain origins only", () => {
    expect(frameAncestorsFrom("https://canvas.school.edu http://127.0.0.1:8080")).toEqual(["https://canvas.school.edu", "http://127.0.0.1:8080"]);
    expect(frameAncestorsFrom("* 'unsafe-inline' https://a.example/path javascript:x")).toEqual([]);
    expect(frameAncestorsFrom(undefined)).toEqual([]);
  });
});
