/**
 * What a launch inside the LMS iframe answers: a page that goes on to Readcheck when the browser
 * kept the session cookie, and otherwise offers to open Readcheck in a new window (the handoff,
 * lib/lti/handoff.ts). The browser is the only one that knows whether it kept the cookie: the
 * page sets a readable probe cookie beside the session one and looks for it.
 */
import { escapeHtml, htmlPage } from "./http";

export const PROBE_COOKIE = "readcheck-lti-probe";

export function framedLaunchPage({ to, continueUrl, frameOrigins, nonce }: { to: string; continueUrl: string; frameOrigins: string[]; nonce: string }) {
  return htmlPage({
    title: "Opening Readcheck",
    csp: `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' ${frameOrigins.join(" ")}`,
    body: `<main>
<p id="go"><a href="${escapeHtml(to)}">Continue to Readcheck</a></p>
<div id="blocked" hidden><h1>Open Readcheck in a new window</h1><p>This browser does not let Readcheck sign you in inside the course page (it blocks third-party cookies).</p><p><a href="${escapeHtml(continueUrl)}" target="_blank" rel="noopener">Open Readcheck in a new window</a></p></div>
</main><script nonce="${nonce}">
if (document.cookie.split("; ").some(function (c) { return c.indexOf("${PROBE_COOKIE}=") === 0; })) location.replace(${JSON.stringify(to)});
else { document.getElementById("go").hidden = true; document.getElementById("blocked").hidden = false; }
</script>`,
  });
}
