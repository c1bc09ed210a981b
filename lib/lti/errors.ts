/**
 * Why a login initiation or launch was refused. Codes name the failed check so an LMS admin (and
 * a test) can tell a replay from a misconfiguration; no launch failure is ever a 500. An AppError
 * underneath, so the app's error plumbing (route(), errorResponse) answers it with its status.
 */
import { AppError, type ErrorCode } from "@/lib/errors";

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

/** The app's generic code (and so the HTTP status) of each LTI refusal. */
const appCodeOf: Record<LtiErrorCode, ErrorCode> = {
  invalid_request: "bad_request",
  unknown_platform: "bad_request",
  invalid_state: "bad_request",
  invalid_token: "unauthorized",
  invalid_nonce: "unauthorized",
  unknown_deployment: "forbidden",
  bad_message_type: "bad_request",
  bad_claims: "bad_request",
  not_linked: "conflict",
  forbidden: "forbidden",
};

export class LtiError extends AppError {
  constructor(
    readonly ltiCode: LtiErrorCode,
    message: string,
  ) {
    super(appCodeOf[ltiCode], message);
    this.name = "LtiError";
  }

  /** Answers the specific LTI code on the wire; the status stays the generic code's. */
  override toJSON() {
    return { error: { code: this.ltiCode as string as ErrorCode, message: this.message } };
  }
}
