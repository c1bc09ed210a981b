/**
 * A small LTI 1.3 platform (an LMS) for tests, faithful to the 1EdTech message shapes: its own
 * RSA key and JWKS over HTTP; an OIDC auth endpoint that answers the tool's login redirect with
 * a form-posted id_token; a deep-linking return URL that verifies the tool's signed response and
 * creates the resource link and line item; an OAuth2 token endpoint that verifies the tool's
 * client assertion against the tool's JWKS; AGS score and NRPS membership endpoints that record
 * what they receive. Nothing here trusts the tool: every token it gets is verified.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWTPayload } from "jose";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
export const ROLE = {
  instructor: "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  learner: "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
};
export const SCOPES = {
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
};

export type LmsUser = { sub: string; name: string; role: "instructor" | "learner" };
export type LineItem = { id: string; label: string; scoreMaximum: number; resourceId?: string; resourceLinkId: string };
export type RecordedScore = { lineItem: string; body: Record<string, unknown>; contentType: string | null; scopes: string[] };

type Key = { privateKey: CryptoKey; kid: string };

async function newKey(): Promise<Key & { jwk: Record<string, unknown> }> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  return { privateKey, kid, jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An auto-submitting form, as platforms post the id_token (response_mode=form_post). */
function formPost(action: string, fields: Record<string, string>) {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join("");
  return `<!doctype html><html><body><form id="f" method="post" action="${escape(action)}">${inputs}<button>Continue</button></form><script>document.getElementById("f").submit()</script></body></html>`;
}

export async function startLtiPlatform({ toolBaseUrl }: { toolBaseUrl: string }) {
  const key = await newKey();
  /** A key the platform does not publish: tokens signed with it are forgeries. */
  const forger = await newKey();
  const toolJwks = createRemoteJWKSet(new URL(`${toolBaseUrl}/.well-known/jwks.json`));
  const clientId = `client-${randomUUID().slice(0, 8)}`;
  const deploymentId = `deployment-${randomUUID().slice(0, 8)}`;
  const contextId = `course-${randomUUID().slice(0, 8)}`;
  const users = new Map<string, LmsUser>();
  const lineItems: LineItem[] = [];
  const scores: RecordedScore[] = [];
  const tokenRequests: { assertion: JWTPayload; scope: string }[] = [];
  const deepLinkResponses: JWTPayload[] = [];
  const issuedTokens = new Map<string, string[]>();
  const state = { failScores: 0, membershipCalls: 0 };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(err?.stack ?? err));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = base;
  const urls = { auth: `${base}/auth`, token: `${base}/token`, jwks: `${base}/jwks`, deepLinkReturn: `${base}/deep-link-return`, memberships: `${base}/memberships/${contextId}` };

  function baseClaims(user: LmsUser, nonce: string): Record<string, unknown> {
    return {
      iss: issuer,
      aud: clientId,
      sub: user.sub,
      nonce,
      name: user.name,
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: deploymentId,
      [`${LTI}roles`]: [ROLE[user.role]],
      [`${LTI}context`]: { id: contextId, label: "ENG9", title: "English 9 (LMS)" },
      [`${LTI}launch_presentation`]: { document_target: "iframe", return_url: `${base}/course` },
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": { context_memberships_url: urls.memberships, service_versions: ["2.0"] },
    };
  }

  /** Claims for the launch a login hint and message hint describe. */
  function launchClaims({ sub, messageHint, nonce }: { sub: string; messageHint?: string; nonce: string }): Record<string, unknown> {
    const user = users.get(sub);
    if (!user) throw new Error(`unknown LMS user ${sub}`);
    const claims = baseClaims(user, nonce);
    if (messageHint === "deep-link") {
      return {
        ...claims,
        [`${LTI}message_type`]: "LtiDeepLinkingRequest",
        [`${DL}deep_linking_settings`]: {
          deep_link_return_url: urls.deepLinkReturn,
          accept_types: ["ltiResourceLink"],
          accept_presentation_document_targets: ["iframe", "window"],
          accept_multiple: false,
          data: `dl-${randomUUID()}`,
        },
      };
    }
    const item = lineItems.find((l) => l.resourceLinkId === messageHint);
    return {
      ...claims,
      [`${LTI}message_type`]: "LtiResourceLinkRequest",
      [`${LTI}target_link_uri`]: `${toolBaseUrl}/api/lti/launch`,
      [`${LTI}resource_link`]: { id: messageHint ?? `link-${randomUUID().slice(0, 8)}`, title: item?.label },
      ...(item ? { [`${LTI}custom`]: links.get(item.resourceLinkId)?.custom ?? {} } : {}),
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
        scope: [SCOPES.lineItem, SCOPES.score],
        lineitems: `${base}/lineitems`,
        ...(item ? { lineitem: item.id } : {}),
      },
    };
  }
  const links = new Map<string, { custom?: Record<string, unknown> }>();

  /** Signs as the platform; `forged` signs with an unpublished key under the real kid; `kid: null` sends none. */
  async function sign(claims: Record<string, unknown>, { forged = false, expiresIn = "5m", kid }: { forged?: boolean; expiresIn?: string; kid?: string | null } = {}) {
    const k = forged ? forger : key;
    const header = kid === null ? { alg: "RS256" } : { alg: "RS256", kid: kid ?? key.kid };
    return new SignJWT(claims).setProtectedHeader(header).setIssuedAt().setExpirationTime(expiresIn).sign(k.privateKey);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", base);
    const send = (status: number, body: string, type = "text/html; charset=utf-8") => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    const json = (status: number, body: unknown) => send(status, JSON.stringify(body), "application/json");

    if (url.pathname === "/jwks") return json(200, { keys: [key.jwk] });

    if (url.pathname === "/course-frame") {
      // The LMS page that embeds the tool in an iframe, as most placements do.
      const q = new URLSearchParams({ iss: issuer, login_hint: url.searchParams.get("as") ?? "", target_link_uri: `${toolBaseUrl}/api/lti/launch`, lti_message_hint: url.searchParams.get("hint") ?? "", client_id: clientId });
      return send(200, `<!doctype html><html><body><h1>English 9 (LMS)</h1><iframe title="Readcheck" style="width:100%;height:90vh" src="${escape(`${toolBaseUrl}/api/lti/login?${q}`)}"></iframe></body></html>`);
    }

    if (url.pathname === "/course") {
      // The course page a user clicks in: each link starts a third-party-initiated login.
      const login = (sub: string, hint: string, label: string) => {
        const q = new URLSearchParams({ iss: issuer, login_hint: sub, target_link_uri: `${toolBaseUrl}/api/lti/launch`, lti_message_hint: hint, client_id: clientId, lti_deployment_id: deploymentId });
        return `<li><a href="${escape(`${toolBaseUrl}/api/lti/login?${q}`)}">${escape(label)}</a></li>`;
      };
      const sub = url.searchParams.get("as") ?? "";
      const items = [login(sub, "deep-link", "Add a Readcheck quiz"), ...lineItems.map((l) => login(sub, l.resourceLinkId, `Open ${l.label}`))];
      return send(200, `<!doctype html><html><body><h1>English 9 (LMS)</h1><ul>${items.join("")}</ul></body></html>`);
    }

    if (url.pathname === "/auth") {
      const p = url.searchParams;
      const problems = [
        p.get("scope") !== "openid" && "scope",
        p.get("response_type") !== "id_token" && "response_type",
        p.get("response_mode") !== "form_post" && "response_mode",
        p.get("prompt") !== "none" && "prompt",
        p.get("client_id") !== clientId && "client_id",
        p.get("redirect_uri") !== `${toolBaseUrl}/api/lti/launch` && "redirect_uri",
        !p.get("nonce") && "nonce",
        !p.get("state") && "state",
      ].filter(Boolean);
      if (problems.length) return send(400, `bad auth request: ${problems.join(", ")}`, "text/plain");
      const claims = launchClaims({ sub: p.get("login_hint")!, messageHint: p.get("lti_message_hint") ?? undefined, nonce: p.get("nonce")! });
      return send(200, formPost(p.get("redirect_uri")!, { id_token: await sign(claims), state: p.get("state")! }));
    }

    if (url.pathname === "/deep-link-return" && req.method === "POST") {
      const form = new URLSearchParams(await readBody(req));
      const { payload } = await jwtVerify(form.get("JWT") ?? "", toolJwks, { issuer: clientId, audience: issuer, algorithms: ["RS256"] });
      if (payload[`${LTI}message_type`] !== "LtiDeepLinkingResponse" || payload[`${LTI}version`] !== "1.3.0" || payload[`${LTI}deployment_id`] !== deploymentId) {
        return send(400, "bad deep linking response", "text/plain");
      }
      deepLinkResponses.push(payload);
      for (const item of (payload[`${DL}content_items`] as Record<string, any>[]) ?? []) {
        if (item.type !== "ltiResourceLink") continue;
        const resourceLinkId = `link-${randomUUID().slice(0, 8)}`;
        links.set(resourceLinkId, { custom: item.custom });
        if (item.lineItem) {
          lineItems.push({ id: `${base}/lineitems/${lineItems.length + 1}`, label: item.lineItem.label, scoreMaximum: item.lineItem.scoreMaximum, resourceId: item.lineItem.resourceId, resourceLinkId });
        }
      }
      return send(200, `<!doctype html><html><body><h1>Added to the course</h1><p>${escape(String(((payload[`${DL}content_items`] as any[]) ?? [])[0]?.title ?? ""))}</p></body></html>`);
    }

    if (url.pathname === "/token" && req.method === "POST") {
      const form = new URLSearchParams(await readBody(req));
      if (form.get("grant_type") !== "client_credentials") return json(400, { error: "unsupported_grant_type" });
      if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") return json(400, { error: "invalid_request" });
      let assertion: JWTPayload;
      try {
        ({ payload: assertion } = await jwtVerify(form.get("client_assertion") ?? "", toolJwks, { issuer: clientId, subject: clientId, audience: urls.token, algorithms: ["RS256"], requiredClaims: ["jti", "exp", "iat"] }));
      } catch (err) {
        return json(401, { error: "invalid_client", error_description: (err as Error).message });
      }
      const scope = form.get("scope") ?? "";
      tokenRequests.push({ assertion, scope });
      const token = randomUUID();
      issuedTokens.set(token, scope.split(" "));
      return json(200, { access_token: token, token_type: "Bearer", expires_in: 3600, scope });
    }

    const bearerScopes = () => issuedTokens.get((req.headers.authorization ?? "").replace(/^Bearer /, "")) ?? null;

    const scoreMatch = url.pathname.match(/^\/lineitems\/(\d+)\/scores$/);
    if (scoreMatch && req.method === "POST") {
      const scopes = bearerScopes();
      if (!scopes?.includes(SCOPES.score)) return json(401, { error: "invalid_token" });
      if (state.failScores > 0) {
        state.failScores--;
        return json(503, { error: "temporarily_unavailable" });
      }
      scores.push({ lineItem: `${base}/lineitems/${scoreMatch[1]}`, body: JSON.parse(await readBody(req)), contentType: req.headers["content-type"] ?? null, scopes });
      return send(200, "", "text/plain");
    }

    if (url.pathname === urls.memberships.slice(base.length) && req.method === "GET") {
      const scopes = bearerScopes();
      if (!scopes?.includes(SCOPES.memberships)) return json(401, { error: "invalid_token" });
      state.membershipCalls++;
      const members = [...users.values()].map((u) => ({ user_id: u.sub, name: u.name, status: "Active", roles: [ROLE[u.role]] }));
      res.writeHead(200, { "content-type": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json" });
      return res.end(JSON.stringify({ id: urls.memberships, context: { id: contextId, label: "ENG9", title: "English 9 (LMS)" }, members }));
    }

    send(404, "not found", "text/plain");
  }

  return {
    base,
    issuer,
    clientId,
    deploymentId,
    contextId,
    urls,
    users,
    lineItems,
    scores,
    tokenRequests,
    deepLinkResponses,
    state,
    /** The body that registers this platform in Readcheck (POST /api/lti/platforms). */
    registration: (name = "Test LMS") => ({ name, issuer, clientId, deploymentIds: [deploymentId], authUrl: urls.auth, tokenUrl: urls.token, jwksUrl: urls.jwks }),
    addUser(role: LmsUser["role"], name = role === "instructor" ? "Ms Instructor" : "A Learner"): LmsUser {
      const user = { sub: `user-${randomUUID()}`, name, role };
      users.set(user.sub, user);
      return user;
    },
    launchClaims,
    sign,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type LtiPlatform = Awaited<ReturnType<typeof startLtiPlatform>>;

/** Starts a login at the tool as the platform's course page would (GET); answers the tool's redirect. */
export async function initiateLogin(toolBaseUrl: string, lms: LtiPlatform, user: LmsUser, hint: string) {
  const q = new URLSearchParams({ iss: lms.issuer, login_hint: user.sub, target_link_uri: `${toolBaseUrl}/api/lti/launch`, lti_message_hint: hint, client_id: lms.clientId });
  return fetch(`${toolBaseUrl}/api/lti/login?${q}`, { redirect: "manual" });
}

/** The headers of the platform's auto-submitted launch form: a cross-site browser POST. */
export const crossSiteForm = (lms: LtiPlatform) => ({ "content-type": "application/x-www-form-urlencoded", origin: lms.base, "sec-fetch-site": "cross-site" });
