/** The TEACHER_SIGNUP_CODE the browser tests' server runs with. */
export const E2E_TEACHER_CODE = "staff-room-2026";
