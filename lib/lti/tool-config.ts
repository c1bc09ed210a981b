/**
 * How an LMS learns about Readcheck: the tool configuration in the two shapes platforms accept.
 * - `registration`: the OpenID client metadata with the 1EdTech tool configuration claim, as LTI
 *   Dynamic Registration 1.0 §3.1 sends it (Moodle, Brightspace, Canvas all read this shape).
 * - `canvas`: Canvas's developer-key "Paste JSON" configuration (manual registration).
 * Pure: built from the tool's URLs.
 */
import { SCOPE } from "./claims";
import type { toolUrls } from "./http";

type ToolUrls = ReturnType<typeof toolUrls>;

const TITLE = "Readcheck";
const DESCRIPTION = "Reading-comprehension quizzes from real articles, graded on the server, scores sent to the gradebook.";
const SCOPES = [SCOPE.lineItem, SCOPE.score, SCOPE.resultReadonly, SCOPE.memberships];

export function registrationConfig(urls: ToolUrls) {
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: TITLE,
    jwks_uri: urls.jwks,
    token_endpoint_auth_method: "private_key_jwt",
    scope: SCOPES.join(" "),
    "https://purl.imsglobal.org/spec/lti-tool-configuration": {
      domain: new URL(urls.launch).host,
      description: DESCRIPTION,
      target_link_uri: urls.launch,
      claims: ["iss", "sub", "name", "given_name", "family_name"],
      messages: [
        { type: "LtiDeepLinkingRequest", target_link_uri: urls.launch, label: "Add a Readcheck quiz" },
        { type: "LtiResourceLinkRequest", target_link_uri: urls.launch },
      ],
    },
  };
}

export function canvasConfig(urls: ToolUrls) {
  const deepLinking = { message_type: "LtiDeepLinkingRequest", target_link_uri: urls.launch };
  return {
    title: TITLE,
    description: DESCRIPTION,
    oidc_initiation_url: urls.login,
    target_link_uri: urls.launch,
    public_jwk_url: urls.jwks,
    scopes: SCOPES,
    extensions: [
      {
        platform: "canvas.instructure.com",
        privacy_level: "name_only",
        settings: {
          placements: [
            { placement: "assignment_selection", ...deepLinking },
            { placement: "link_selection", ...deepLinking },
            { placement: "course_navigation", message_type: "LtiResourceLinkRequest", target_link_uri: urls.launch, text: TITLE },
          ],
        },
      },
    ],
    custom_fields: {},
  };
}
