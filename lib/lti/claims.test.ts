import { describe, expect, it } from "vitest";
import { CLAIM, displayName, parseLaunchClaims, readcheckRole } from "./claims";

const M = "http://purl.imsglobal.org/vocab/lis/v2/membership";

function resourceLink(extra: Record<string, unknown> = {}) {
  return {
    sub: "u1",
    [CLAIM.messageType]: "LtiResourceLinkRequest",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: "d1",
    [CLAIM.roles]: [`${M}#Learner`],
    [CLAIM.targetLinkUri]: "https://tool.example/api/lti/launch",
    [CLAIM.resourceLink]: { id: "rl1" },
    ...extra,
  };
}

describe("readcheckRole", () => {
  it.each([
    [[`${M}#Instructor`], "teacher"],
    [[`${M}/Instructor#TeachingAssistant`], "teacher"],
    [["Instructor"], "teacher"],
    [["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"], "teacher"],
    [[`${M}#Learner`], "student"],
    [[`${M}#Mentor`], "student"],
    [[], "student"],
    [["http://evil.example/membership#Instructor"], "student"],
  ] as const)("%j → %s", (roles, role) => {
    expect(readcheckRole(roles)).toBe(role);
  });
});

describe("parseLaunchClaims", () => {
  it("accepts a resource link request", () => {
    expect("claims" in parseLaunchClaims(resourceLink())).toBe(true);
  });

  it("names the message type it does not support", () => {
    const out = parseLaunchClaims(resourceLink({ [CLAIM.messageType]: "LtiStartProctoring" }));
    expect(out).toEqual({ problem: { code: "bad_message_type", message: 'Unsupported message_type "LtiStartProctoring".' } });
  });

  it.each([
    ["version", { [CLAIM.version]: "1.1" }],
    ["resource_link", { [CLAIM.resourceLink]: undefined }],
    ["roles", { [CLAIM.roles]: "Learner" }],
    ["target_link_uri", { [CLAIM.targetLinkUri]: "javascript:alert(1)" }],
  ])("refuses a bad %s claim, naming it", (name, extra) => {
    const out = parseLaunchClaims(resourceLink(extra));
    expect("problem" in out && out.problem.code).toBe("bad_claims");
    expect("problem" in out && out.problem.message).toContain(name);
  });

  it("a deep linking request needs its settings with a return URL", () => {
    const base = resourceLink({ [CLAIM.messageType]: "LtiDeepLinkingRequest" });
    expect("problem" in parseLaunchClaims(base)).toBe(true);
    const ok = parseLaunchClaims({ ...base, [CLAIM.deepLinkingSettings]: { deep_link_return_url: "https://lms.example/dl", accept_types: ["ltiResourceLink"] } });
    expect("claims" in ok).toBe(true);
  });
});

describe("displayName", () => {
  it("prefers name, then given and family names, then a neutral one", () => {
    expect(displayName({ name: "Ada L" })).toBe("Ada L");
    expect(displayName({ given_name: "Ada", family_name: "Lovelace" })).toBe("Ada Lovelace");
    expect(displayName({})).toBe("LMS user");
  });
});
