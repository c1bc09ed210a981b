/**
 * The LTI 1.3 message claims Readcheck reads, by their 1EdTech names, and the rules it applies to
 * them. Pure: no I/O, so every rule is unit-tested on plain objects.
 * Core: https://www.imsglobal.org/spec/lti/v1p3/ · Deep Linking 2.0: https://www.imsglobal.org/spec/lti-dl/v2p0/
 * AGS 2.0: https://www.imsglobal.org/spec/lti-ags/v2p0/ · NRPS 2.0: https://www.imsglobal.org/spec/lti-nrps/v2p0/
 */
import { z } from "zod";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  launchPresentation: `${LTI}launch_presentation`,
  deepLinkingSettings: `${DL}deep_linking_settings`,
  contentItems: `${DL}content_items`,
  dlData: `${DL}data`,
  dlMessage: `${DL}msg`,
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  nrps: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
} as const;

export const SCOPE = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  resultReadonly: "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
} as const;

export const MESSAGE_TYPES = ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** The custom parameter a deep-linked resource link carries back to us: which assignment it is. */
export const ASSIGNMENT_PARAM = "readcheck_assignment";

const text = z.string().min(1).max(1024);
const url = z.url({ protocol: /^https?$/ }).max(2048);

const contextSchema = z.looseObject({ id: text, label: z.string().max(1024).optional(), title: z.string().max(1024).optional() });

const agsSchema = z.looseObject({
  scope: z.array(z.string()).default([]),
  lineitems: url.optional(),
  lineitem: url.optional(),
});

const nrpsSchema = z.looseObject({
  context_memberships_url: url,
  service_versions: z.array(z.string()).optional(),
});

/** Claims every launch must carry (Core §5.3), whatever its message type. */
const baseClaims = z.looseObject({
  sub: text,
  name: z.string().max(1024).optional(),
  given_name: z.string().max(1024).optional(),
  family_name: z.string().max(1024).optional(),
  email: z.string().max(320).optional(),
  [CLAIM.version]: z.literal("1.3.0", { error: 'The version claim must be "1.3.0".' }),
  [CLAIM.deploymentId]: z.string().min(1).max(255),
  [CLAIM.roles]: z.array(z.string()),
  [CLAIM.context]: contextSchema.optional(),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
  [CLAIM.launchPresentation]: z.looseObject({ return_url: url.optional(), document_target: z.string().optional() }).optional(),
  [CLAIM.ags]: agsSchema.optional(),
  [CLAIM.nrps]: nrpsSchema.optional(),
});

export const resourceLinkClaimsSchema = baseClaims.extend({
  [CLAIM.messageType]: z.literal("LtiResourceLinkRequest"),
  [CLAIM.targetLinkUri]: url,
  [CLAIM.resourceLink]: z.looseObject({ id: text, title: z.string().max(1024).optional() }),
});

export const deepLinkingClaimsSchema = baseClaims.extend({
  [CLAIM.messageType]: z.literal("LtiDeepLinkingRequest"),
  [CLAIM.deepLinkingSettings]: z.looseObject({
    deep_link_return_url: url,
    accept_types: z.array(z.string()),
    accept_presentation_document_targets: z.array(z.string()).optional(),
    accept_multiple: z.boolean().optional(),
    data: z.string().max(4096).optional(),
  }),
});

export type ResourceLinkClaims = z.infer<typeof resourceLinkClaimsSchema>;
export type DeepLinkingClaims = z.infer<typeof deepLinkingClaimsSchema>;
export type LaunchClaims = ResourceLinkClaims | DeepLinkingClaims;

export type ClaimsProblem = { code: "bad_message_type" | "bad_claims"; message: string };

/** Validates a verified id_token's payload by its message type, naming the first problem. */
export function parseLaunchClaims(payload: Record<string, unknown>): { claims: LaunchClaims } | { problem: ClaimsProblem } {
  const type = payload[CLAIM.messageType];
  if (!MESSAGE_TYPES.includes(type as MessageType)) {
    return { problem: { code: "bad_message_type", message: `Unsupported message_type ${JSON.stringify(type ?? null)}.` } };
  }
  const schema = type === "LtiResourceLinkRequest" ? resourceLinkClaimsSchema : deepLinkingClaimsSchema;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { claims: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.map(String).join(".") || "(token)";
  return { problem: { code: "bad_claims", message: `Invalid launch claim ${where}: ${issue.message}` } };
}

const INSTRUCTOR_ROLES = [
  "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
  "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator",
  "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
  "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
];

/**
 * Instructor-like roles make a teacher, everything else (Learner, Mentor, none) a student. Core
 * §A.2.2 allows the short form ("Instructor") for context roles; sub-roles
 * (membership/Instructor#TeachingAssistant) count as their parent.
 */
export function readcheckRole(roles: readonly string[]): "teacher" | "student" {
  const isInstructor = roles.some((r) => {
    const base = r.split("#TeachingAssistant")[0]!.replace("/membership/Instructor", "/membership#Instructor");
    return INSTRUCTOR_ROLES.includes(base) || r === "Instructor" || r === "Administrator";
  });
  return isInstructor ? "teacher" : "student";
}

/** The display name the LMS gives, or a neutral one. */
export function displayName(claims: Pick<LaunchClaims, "name" | "given_name" | "family_name">): string {
  const joined = [claims.given_name, claims.family_name].filter(Boolean).join(" ");
  return (claims.name || joined || "LMS user").trim().slice(0, 200);
}

export const isResourceLinkLaunch = (c: LaunchClaims): c is ResourceLinkClaims => c[CLAIM.messageType] === "LtiResourceLinkRequest";
export const isDeepLinkingLaunch = (c: LaunchClaims): c is DeepLinkingClaims => c[CLAIM.messageType] === "LtiDeepLinkingRequest";
