import { randomBytes } from "node:crypto";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { parseWith, route } from "@/lib/http";
import { escapeHtml, htmlPage, readLtiParams, toolOrigin, toolUrls } from "@/lib/lti/http";
import { completePick } from "@/lib/lti/pick";

const formSchema = z.object({ t: z.string().min(1).max(4096), quizId: z.uuid() });

/**
 * The picker's form (same-origin, so route() applies): assigns the quiz and answers with a page
 * that form-posts the signed LtiDeepLinkingResponse to the LMS's deep_link_return_url. It
 * submits itself; the button is there without JavaScript. Its CSP lets the form go only to the
 * LMS (next.config.ts leaves this path its own policy).
 */
export const POST = route(async (request: Request) => {
  const user = await requireTeacher();
  const { t, quizId } = parseWith(formSchema, Object.fromEntries(await readLtiParams(request)), "form");
  const pick = await completePick({ db: await getDb(), actor: user, token: t, quizId, launchUrl: toolUrls(toolOrigin(request)).launch });
  const nonce = randomBytes(16).toString("base64");
  const returnOrigin = new URL(pick.returnUrl).origin;
  return htmlPage({
    title: "Returning to the course",
    csp: `default-src 'none'; script-src 'nonce-${nonce}'; form-action ${returnOrigin}; base-uri 'none'; frame-ancestors 'self' ${pick.frameOrigins.join(" ")}`,
    body: `<main><form id="return" method="post" action="${escapeHtml(pick.returnUrl)}"><input type="hidden" name="JWT" value="${escapeHtml(pick.jwt)}"><p>The quiz is added. Returning to your course…</p><button type="submit">Return to the course</button></form></main><script nonce="${nonce}">document.getElementById("return").submit();</script>`,
  });
});
