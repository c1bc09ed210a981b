/**
 * LTI 1.3 launches through the real routes on a real Postgres, against the test platform
 * (tests/support/lti-platform.ts): the OIDC login, the id_token checks of Core §5.1.3 and the
 * Security Framework, each forged or replayed launch refused with a 4xx naming the failed check,
 * and what a good launch does (account, class, enrolment, session).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { crossSiteForm, initiateLogin, startLtiPlatform, type LmsUser, type LtiPlatform } from "../support/lti-platform";
import { closeTestDb, createUser, testDb } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

let lms: LtiPlatform;
let instructor: LmsUser;

/** Starts a login as the platform would; answers the state and nonce the tool sent to the auth endpoint. */
async function initiate(user: LmsUser, hint = "course-home") {
  const res = await initiateLogin(baseUrl, lms, user, hint);
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get("location")!);
  expect(location.origin + location.pathname).toBe(lms.urls.auth);
  return { state: location.searchParams.get("state")!, nonce: location.searchParams.get("nonce")!, location };
}

async function postLaunch(fields: Record<string, string>, client = new ApiClient(baseUrl)) {
  const res = await client.request("/api/lti/launch", {
    method: "POST",
    headers: crossSiteForm(lms),
    body: new URLSearchParams(fields).toString(),
  });
  const text = await res.text();
  return { status: res.status, location: res.headers.get("location"), body: text.startsWith("{") ? JSON.parse(text) : text, client };
}

/** A launch whose claims (or signing) the test bends; everything else as the platform sends it. */
async function launchWith(user: LmsUser, bend: (claims: Record<string, unknown>) => void = () => {}, sign: Parameters<LtiPlatform["sign"]>[1] = {}) {
  const { state, nonce } = await initiate(user);
  const claims = lms.launchClaims({ sub: user.sub, nonce });
  bend(claims);
  return postLaunch({ id_token: await lms.sign(claims, sign), state });
}

beforeAll(async () => {
  lms = await startLtiPlatform({ toolBaseUrl: baseUrl });
  const teacher = await createUser(databaseUrl, { role: "teacher" });
  const client = new ApiClient(baseUrl);
  expect(await client.signIn(teacher.email, teacher.password)).toBe(true);
  const registered = await client.json("/api/lti/platforms", { method: "POST", json: lms.registration() });
  expect(registered.status).toBe(201);
  instructor = lms.addUser("instructor");
});
afterAll(async () => {
  await lms?.stop();
  await closeTestDb();
});

describe("LTI login initiation", () => {
  it("redirects to the platform's auth endpoint with the OIDC parameters and a fresh state and nonce", async () => {
    const a = await initiate(instructor);
    const b = await initiate(instructor);
    const p = a.location.searchParams;
    expect(Object.fromEntries(p)).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: lms.clientId,
      redirect_uri: `${baseUrl}/api/lti/launch`,
      login_hint: instructor.sub,
      lti_message_hint: "course-home",
    });
    expect(a.state).not.toBe(b.state);
    expect(a.nonce).not.toBe(b.nonce);
    const { rows } = await testDb(databaseUrl).query("select nonce, used_at from lti_login_states where state = $1", [a.state]);
    expect(rows).toEqual([{ nonce: a.nonce, used_at: null }]);
  });

  it("accepts the login as a cross-site form POST too", async () => {
    const res = await fetch(`${baseUrl}/api/lti/login`, {
      method: "POST",
      redirect: "manual",
      headers: crossSiteForm(lms),
      body: new URLSearchParams({ iss: lms.issuer, login_hint: instructor.sub, target_link_uri: `${baseUrl}/api/lti/launch` }).toString(),
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toContain(lms.urls.auth);
  });

  it.each([
    ["an unregistered issuer", { iss: "https://unknown.example", login_hint: "x", target_link_uri: "https://tool.example/launch" }, 400, "unknown_platform"],
    ["no login_hint", { iss: "ISSUER", target_link_uri: "https://tool.example/launch" }, 400, "invalid_request"],
    ["a target that is not a URL", { iss: "ISSUER", login_hint: "x", target_link_uri: "javascript:alert(1)" }, 400, "invalid_request"],
    ["an unregistered deployment", { iss: "ISSUER", login_hint: "x", target_link_uri: "https://tool.example/launch", lti_deployment_id: "nope" }, 403, "unknown_deployment"],
  ])("refuses %s with a 4xx naming it", async (_what, params, status, code) => {
    const q = new URLSearchParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === "ISSUER" ? lms.issuer : v])));
    const res = await fetch(`${baseUrl}/api/lti/login?${q}`, { redirect: "manual" });
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });
});

describe("LTI launch security (every check fails closed with a 4xx)", () => {
  it.each([
    ["a forged signature", (_c: Record<string, unknown>) => {}, { forged: true }, 401, "invalid_token"],
    ["a key id the platform never published", () => {}, { kid: "unknown-kid" }, 401, "invalid_token"],
    ["no key id in the header", () => {}, { kid: null }, 401, "invalid_token"],
    ["the wrong audience", (c: Record<string, unknown>) => (c.aud = "someone-else"), {}, 401, "invalid_token"],
    ["the wrong issuer", (c: Record<string, unknown>) => (c.iss = "https://evil.example"), {}, 401, "invalid_token"],
    ["several audiences and no azp", (c: Record<string, unknown>) => (c.aud = [lms.clientId, "other"]), {}, 401, "invalid_token"],
    ["an azp naming another client", (c: Record<string, unknown>) => (c.azp = "other"), {}, 401, "invalid_token"],
    ["an expired token", () => {}, { expiresIn: "-10m" }, 401, "invalid_token"],
    ["no sub", (c: Record<string, unknown>) => delete c.sub, {}, 401, "invalid_token"],
    ["a nonce of another login", (c: Record<string, unknown>) => (c.nonce = "not-the-nonce"), {}, 401, "invalid_nonce"],
    ["an unknown deployment id", (c: Record<string, unknown>) => (c[`${LTI}deployment_id`] = "deployment-nope"), {}, 403, "unknown_deployment"],
    ["an unsupported message type", (c: Record<string, unknown>) => (c[`${LTI}message_type`] = "LtiSubmissionReviewRequest"), {}, 400, "bad_message_type"],
    ["version 1.1", (c: Record<string, unknown>) => (c[`${LTI}version`] = "1.1.0"), {}, 400, "bad_claims"],
    ["no roles claim", (c: Record<string, unknown>) => delete c[`${LTI}roles`], {}, 400, "bad_claims"],
    ["no resource_link claim", (c: Record<string, unknown>) => delete c[`${LTI}resource_link`], {}, 400, "bad_claims"],
    ["no target_link_uri", (c: Record<string, unknown>) => delete c[`${LTI}target_link_uri`], {}, 400, "bad_claims"],
  ])("refuses %s", async (_what, bend, sign, status, code) => {
    const res = await launchWith(instructor, bend, sign);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.client.signedIn).toBe(false);
  });

  it.each(["not-a-jwt", "a.b.c", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."])("refuses %s as the id_token", async (idToken) => {
    const { state } = await initiate(instructor);
    const res = await postLaunch({ id_token: idToken, state });
    expect([res.status, res.body.error.code]).toEqual([401, "invalid_token"]);
  });

  it("uses a state once: the same form posted twice signs in once", async () => {
    const { state, nonce } = await initiate(instructor);
    const fields = { id_token: await lms.sign(lms.launchClaims({ sub: instructor.sub, nonce })), state };
    const first = await postLaunch(fields);
    expect(first.status).toBe(303);
    const replay = await postLaunch(fields);
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe("invalid_state");
    expect(replay.client.signedIn).toBe(false);
  });

  it("uses a nonce once: a captured id_token replayed with a fresh login is refused", async () => {
    const { state, nonce } = await initiate(instructor);
    const captured = await lms.sign(lms.launchClaims({ sub: instructor.sub, nonce }));
    expect((await postLaunch({ id_token: captured, state })).status).toBe(303);
    const fresh = await initiate(instructor);
    const replay = await postLaunch({ id_token: captured, state: fresh.state });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe("invalid_nonce");
  });

  it("refuses an unknown state, a missing id_token, a non-form body and the platform's error answer", async () => {
    const unknown = await postLaunch({ id_token: "x.y.z", state: "never-issued" });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, "invalid_state"]);
    const missing = await postLaunch({ state: (await initiate(instructor)).state });
    expect([missing.status, missing.body.error.code]).toEqual([400, "invalid_request"]);
    const json = await fetch(`${baseUrl}/api/lti/launch`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(400);
    const refused = await postLaunch({ error: "login_required", error_description: "No session", state: "s" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("login_required");
  });

  it("answers a browser with a readable page, still 4xx", async () => {
    const res = await fetch(`${baseUrl}/api/lti/launch`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
      body: new URLSearchParams({ id_token: "x", state: "never-issued" }).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("invalid_state");
  });
});

describe("a good launch", () => {
  it("links the instructor to a teacher account, the course to a class, and signs them in", async () => {
    const first = await launchWith(instructor);
    expect(first.status).toBe(303);
    const classPath = new URL(first.location!).pathname;
    expect(classPath).toMatch(/^\/teach\/classes\/[0-9a-f-]{36}$/);
    const classId = classPath.split("/").pop()!;
    // Signed in as the new teacher: the class is theirs.
    const cls = await first.client.json(`/api/classes/${classId}`);
    expect(cls.status).toBe(200);
    expect(cls.body.class.name).toBe("English 9 (LMS)");
    // Launching again is the same account and class.
    const again = await launchWith(instructor);
    expect(again.location).toBe(first.location);
    const { rows } = await testDb(databaseUrl).query("select count(*)::int as n from lti_users where sub = $1", [instructor.sub]);
    expect(rows[0].n).toBe(1);
    // A second instructor of the course is a teacher, but the class has one teacher: they land on their dashboard.
    const second = await launchWith(lms.addUser("instructor", "Mr Second"));
    expect(new URL(second.location!).pathname).toBe("/teach");
    expect((await second.client.json(`/api/classes/${classId}`)).status).toBe(404);
  });

  it("enrols a learner in the course's class, as a student; before any instructor it is refused", async () => {
    const other = await startLtiPlatform({ toolBaseUrl: baseUrl });
    try {
      const owner = await createUser(databaseUrl, { role: "teacher" });
      const admin = new ApiClient(baseUrl);
      await admin.signIn(owner.email, owner.password);
      expect((await admin.json("/api/lti/platforms", { method: "POST", json: other.registration("Other LMS") })).status).toBe(201);
      const saved = lms;
      lms = other;
      try {
        const learner = other.addUser("learner");
        const early = await launchWith(learner);
        expect([early.status, early.body.error.code]).toEqual([409, "not_linked"]);
        const teacherRes = await launchWith(other.addUser("instructor"));
        const classId = new URL(teacherRes.location!).pathname.split("/").pop()!;
        const student = await launchWith(learner);
        expect(student.status).toBe(303);
        expect(new URL(student.location!).pathname).toBe("/classes");
        const roster = (await teacherRes.client.json(`/api/classes/${classId}`)).body.roster;
        expect(roster.map((r: { name: string }) => r.name)).toEqual(["A Learner"]);
        // A student account cannot use teacher routes.
        expect((await student.client.json("/api/lti/platforms")).status).toBe(403);
      } finally {
        lms = saved;
      }
    } finally {
      await other.stop();
    }
  });

  it("lets the launching LMS, and only it, frame Readcheck's pages after a launch", async () => {
    for (const path of ["/", "/quizzes", "/api/quizzes"]) {
      const signedOut = await fetch(`${baseUrl}${path}`);
      expect(signedOut.headers.get("x-frame-options"), path).toBe("DENY");
      expect(signedOut.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
    }
    const { client, status } = await launchWith(instructor);
    expect(status).toBe(303);
    const framed = await client.request("/quizzes");
    expect(framed.status).toBe(200);
    expect(framed.headers.get("x-frame-options")).toBeNull();
    expect(framed.headers.get("content-security-policy")).toContain(`frame-ancestors 'self' ${lms.base}`);
    // A cookie naming anything but plain origins allows nothing.
    const tampered = await fetch(`${baseUrl}/quizzes`, { headers: { cookie: "readcheck-lti-frame=*%20'unsafe-inline'" } });
    expect(tampered.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("inside an iframe answers a page framed by the LMS, with a one-time new-window sign-in for browsers that drop the cookie", async () => {
    const { state, nonce } = await initiate(instructor);
    const client = new ApiClient(baseUrl);
    const res = await client.request("/api/lti/launch", {
      method: "POST",
      headers: { ...crossSiteForm(lms), "sec-fetch-dest": "iframe" },
      body: new URLSearchParams({ id_token: await lms.sign(lms.launchClaims({ sub: instructor.sub, nonce })), state }).toString(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(res.headers.get("content-security-policy")).toContain(`frame-ancestors 'self' ${lms.base}`);
    const html = await res.text();
    const continueUrl = html.match(/href="([^"]*\/api\/lti\/continue\?h=[^"]+)"/)![1]!.replace(/&#38;/g, "&");
    // The new window: no cookie of the iframe's, signed in by the handoff, once.
    const window = new ApiClient(baseUrl);
    const opened = await window.request(new URL(continueUrl).pathname + new URL(continueUrl).search);
    expect(opened.status).toBe(303);
    expect(new URL(opened.headers.get("location")!).pathname).toMatch(/^\/teach\/classes\//);
    expect(window.signedIn).toBe(true);
    const again = await new ApiClient(baseUrl).request(new URL(continueUrl).pathname + new URL(continueUrl).search);
    expect(again.status).toBe(400);
    expect((await again.json()).error.code).toBe("invalid_state");
    const forged = await fetch(`${baseUrl}/api/lti/continue?h=eyJhbGciOiJIUzI1NiJ9.e30.x`);
    expect(forged.status).toBe(400);
    expect((await fetch(`${baseUrl}/api/lti/continue`)).status).toBe(400);
  });

  it("publishes the tool's public keys only, and the tool configuration", async () => {
    const jwks = await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json();
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const k of jwks.keys) {
      expect(k).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
      expect(Object.keys(k).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
    }
    const canvas = await (await fetch(`${baseUrl}/api/lti/config`)).json();
    expect(canvas).toMatchObject({ oidc_initiation_url: `${baseUrl}/api/lti/login`, target_link_uri: `${baseUrl}/api/lti/launch`, public_jwk_url: `${baseUrl}/.well-known/jwks.json` });
    const reg = await (await fetch(`${baseUrl}/api/lti/config?format=registration`)).json();
    expect(reg["https://purl.imsglobal.org/spec/lti-tool-configuration"].messages.map((m: { type: string }) => m.type)).toEqual(["LtiDeepLinkingRequest", "LtiResourceLinkRequest"]);
    expect((await fetch(`${baseUrl}/api/lti/config?format=xml`)).status).toBe(400);
  });
});

describe("platform registration", () => {
  it("is owner-scoped: another teacher gets 404; duplicates are a 409; bad input names the field", async () => {
    const a = await createUser(databaseUrl, { role: "teacher" });
    const b = await createUser(databaseUrl, { role: "teacher" });
    const ca = new ApiClient(baseUrl);
    const cb = new ApiClient(baseUrl);
    await ca.signIn(a.email, a.password);
    await cb.signIn(b.email, b.password);
    const body = { ...lms.registration("Mine"), clientId: `own-${Date.now()}` };
    const created = await ca.json("/api/lti/platforms", { method: "POST", json: body });
    expect(created.status).toBe(201);
    expect((await ca.json("/api/lti/platforms", { method: "POST", json: body })).status).toBe(409);
    const id = created.body.platform.id;
    expect((await cb.json(`/api/lti/platforms/${id}`, { method: "PUT", json: body })).status).toBe(404);
    expect((await cb.request(`/api/lti/platforms/${id}`, { method: "DELETE" })).status).toBe(404);
    const bad = await ca.json("/api/lti/platforms", { method: "POST", json: { ...body, jwksUrl: "not a url", deploymentIds: [] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["deploymentIds", "jwksUrl"]);
    const renamed = await ca.json(`/api/lti/platforms/${id}`, { method: "PUT", json: { ...body, name: "Renamed" } });
    expect(renamed.body.platform.name).toBe("Renamed");
    expect((await ca.request(`/api/lti/platforms/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await ca.json("/api/lti/platforms")).body.platforms).toEqual([]);
  });
});
