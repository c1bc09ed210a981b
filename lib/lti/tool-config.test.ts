import { describe, expect, it } from "vitest";
import { toolUrls } from "./http";
import { canvasConfig, registrationConfig } from "./tool-config";

const urls = toolUrls("https://readcheck.example");

describe("tool configuration", () => {
  it("is the Dynamic Registration client metadata with the 1EdTech tool configuration", () => {
    const c = registrationConfig(urls);
    expect(c).toMatchObject({
      initiate_login_uri: "https://readcheck.example/api/lti/login",
      redirect_uris: ["https://readcheck.example/api/lti/launch"],
      jwks_uri: "https://readcheck.example/.well-known/jwks.json",
      token_endpoint_auth_method: "private_key_jwt",
      response_types: ["id_token"],
    });
    expect(c.scope.split(" ")).toContain("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    expect(c["https://purl.imsglobal.org/spec/lti-tool-configuration"].domain).toBe("readcheck.example");
  });

  it("is Canvas's developer-key JSON with deep-linking placements", () => {
    const c = canvasConfig(urls);
    expect(c.extensions[0]!.settings.placements.filter((p) => p.message_type === "LtiDeepLinkingRequest").map((p) => p.placement)).toEqual([
      "assignment_selection",
      "link_selection",
    ]);
  });
});
