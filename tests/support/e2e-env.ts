import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
/** The TEACHER_SIGNUP_CODE the browser tests' server runs with. */
export const E2E_TEACHER_CODE = "staff-room-2026";


/** Where the e2e server leaves its database's URL, so a test can move time along in the data. */
export const e2eDatabaseUrlFile = (port = Number(process.env.E2E_PORT ?? 3210)) => path.join(tmpdir(), `readcheck-e2e-${port}.database-url`);

export const e2eDatabaseUrl = () => readFileSync(e2eDatabaseUrlFile(), "utf8").trim();
