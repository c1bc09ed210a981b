/**
 * Why a login initiation or launch was refused. Codes name the failed check so an LMS admin (and
 * a test) can tell a replay from a misconfiguration; no launch failure is ever a 500.
 */
export type LtiErrorCode =
  | "invalid_request"
  | "unknown_platform"
  | "invalid_state"
  | "invalid_token"
  | "invalid_nonce"
  | "unknown_deployment"
  | "bad_message_type"
  | "bad_claims"
  | "not_linked"
  | "forbidden";

const statusOf: Record<LtiErrorCode, number> = {
  invalid_request: 400,
  unknown_platform: 400,
  invalid_state: 400,
  invalid_token: 401,
  invalid_nonce: 401,
  unknown_deployment: 403,
  bad_message_type: 400,
  bad_claims: 400,
  not_linked: 409,
  forbidden: 403,
};

export class LtiError extends Error {
  readonly status: number;
  constructor(
    readonly code: LtiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "LtiError";
    this.status = statusOf[code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message } };
  }
}
