/**
 * LTI Advantage services end to end over HTTP, against the test platform: Deep Linking (the
 * signed response and its line item), AGS score passback after a submission (claims, token
 * request with a client assertion, retries from Postgres with backoff, resend after a grade
 * change), and the NRPS roster.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ApiClient } from "../support/api";
import { crossSiteForm, initiateLogin, startLtiPlatform, type LmsUser, type LtiPlatform } from "../support/lti-platform";
import { perfectResponses } from "../support/serval";
import { closeTestDb, createUser, testDb } from "../factories";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

let lms: LtiPlatform;
let instructor: { user: LmsUser; client: ApiClient; classId: string };
let quizId: string;
let lineItem: { id: string; resourceLinkId: string; scoreMaximum: number };

/** The whole browser-free launch: login initiation → auth endpoint (the platform signs) → launch. */
async function launch(user: LmsUser, hint: string) {
  const client = new ApiClient(baseUrl);
  const login = await initiateLogin(baseUrl, lms, user, hint);
  const auth = await fetch(login.headers.get("location")!);
  const html = await auth.text();
  const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))![1]!.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
  const res = await client.request("/api/lti/launch", {
    method: "POST",
    headers: crossSiteForm(lms),
    body: new URLSearchParams({ id_token: field("id_token"), state: field("state") }).toString(),
  });
  expect(res.status).toBe(303);
  return { client, location: new URL(res.headers.get("location")!) };
}

/** The picker's form post, as the teacher's browser sends it (same origin). */
const pick = (client: ApiClient, t: string) =>
  client.request("/api/lti/deep-link", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ t, quizId }).toString() });

async function submitPerfect(client: ApiClient) {
  const start = await client.json(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
  expect(start.status).toBe(201);
  const submit = await client.json(`/api/attempts/${start.body.attemptId}/submit`, { method: "POST", json: { responses: perfectResponses(start.body.questions) } });
  expect(submit.status).toBe(200);
  return { attemptId: start.body.attemptId as string, questions: start.body.questions as { id: string }[], score: submit.body.score as number };
}

beforeAll(async () => {
  lms = await startLtiPlatform({ toolBaseUrl: baseUrl });
  const owner = await createUser(databaseUrl, { role: "teacher" });
  const admin = new ApiClient(baseUrl);
  await admin.signIn(owner.email, owner.password);
  expect((await admin.json("/api/lti/platforms", { method: "POST", json: lms.registration() })).status).toBe(201);
  quizId = (await admin.json("/api/quizzes")).body.quizzes.find((q: { slug: string }) => q.slug === "serval").id;
  const user = lms.addUser("instructor");
  const first = await launch(user, "course-home");
  instructor = { user, client: first.client, classId: first.location.pathname.split("/").pop()! };
});
afterAll(async () => {
  await lms?.stop();
  await closeTestDb();
});

describe("deep linking", () => {
  it("a teacher picks a quiz and the LMS gets a signed ltiResourceLink with a line item", async () => {
    const { client, location } = await launch(instructor.user, "deep-link");
    expect(location.pathname).toBe("/lti/deep-link");
    const picker = await client.request(location.pathname + location.search);
    expect(picker.status).toBe(200);
    expect(await picker.text()).toContain("Add a quiz to your course");

    const t = location.searchParams.get("t")!;
    const res = await pick(client, t);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain(`form-action ${lms.base}`);
    const html = await res.text();
    expect(html).toContain(`action="${lms.urls.deepLinkReturn}"`);
    const jwt = html.match(/name="JWT" value="([^"]+)"/)![1]!;
    // The browser posts it to the platform, which verifies it against the tool's JWKS.
    const back = await fetch(lms.urls.deepLinkReturn, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ JWT: jwt }) });
    expect(back.status).toBe(200);

    const response = lms.deepLinkResponses.at(-1)!;
    expect(response).toMatchObject({ iss: lms.clientId, aud: lms.issuer, [`${LTI}message_type`]: "LtiDeepLinkingResponse", [`${LTI}version`]: "1.3.0", [`${LTI}deployment_id`]: lms.deploymentId });
    expect(String(response[`${DL}data`])).toMatch(/^dl-/);
    const [item] = response[`${DL}content_items`] as Record<string, any>[];
    expect(item).toMatchObject({ type: "ltiResourceLink", title: "France in Mali: Operation Serval", url: `${baseUrl}/api/lti/launch` });
    expect(item!.lineItem.scoreMaximum).toBeGreaterThan(0);
    expect(item!.lineItem.label).toBe(item!.title);
    lineItem = lms.lineItems.at(-1)!;
  });

  it("refuses a pick token of another user or a forged one", async () => {
    const other = await createUser(databaseUrl, { role: "teacher" });
    const stranger = new ApiClient(baseUrl);
    await stranger.signIn(other.email, other.password);
    const { location } = await launch(instructor.user, "deep-link");
    const res = await pick(stranger, location.searchParams.get("t")!);
    expect(res.status).toBe(400);
    const forged = await pick(instructor.client, "eyJhbGciOiJIUzI1NiJ9.e30.x");
    expect(forged.status).toBe(400);
  });
});

describe("assignment and grade services", () => {
  it("posts the score of a submitted attempt to the line item, with the AGS claims and a verified client assertion", async () => {
    const learner = lms.addUser("learner", "Lena Learner");
    const { client, location } = await launch(learner, lineItem.resourceLinkId);
    expect(location.pathname).toBe(`/quizzes/${quizId}`);
    const before = Date.now();
    const { score } = await submitPerfect(client);
    await expect.poll(() => lms.scores.filter((s) => s.body.userId === learner.sub).length, { timeout: 15_000 }).toBe(1);
    const posted = lms.scores.find((s) => s.body.userId === learner.sub)!;
    expect(posted.lineItem).toBe(lineItem.id);
    expect(posted.contentType).toBe("application/vnd.ims.lis.v1.score+json");
    expect(posted.body).toMatchObject({ userId: learner.sub, scoreGiven: score, scoreMaximum: lineItem.scoreMaximum, activityProgress: "Completed", gradingProgress: "FullyGraded" });
    expect(Date.parse(String(posted.body.timestamp))).toBeGreaterThanOrEqual(before - 60_000);
    const token = lms.tokenRequests.at(-1)!;
    expect(token.scope).toBe("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    expect(token.assertion).toMatchObject({ iss: lms.clientId, sub: lms.clientId, aud: lms.urls.token });
  });

  it("retries a failed post from Postgres with backoff, then resends after a grade change", async () => {
    const learner = lms.addUser("learner", "Rita Retry");
    const { client } = await launch(learner, lineItem.resourceLinkId);
    lms.state.failScores = 1;
    const { attemptId, questions, score } = await submitPerfect(client);
    const db = testDb(databaseUrl);
    const row = async () => (await db.query("select status, tries, next_try_at, last_error, posted_score from lti_score_syncs where attempt_id = $1", [attemptId])).rows[0];
    await expect.poll(async () => (await row())?.status, { timeout: 15_000 }).toBe("failed");
    const failed = await row();
    expect(failed.tries).toBe(1);
    expect(failed.last_error).toContain("503");
    expect(new Date(failed.next_try_at).getTime()).toBeGreaterThan(Date.now());
    expect(lms.scores.some((s) => s.body.userId === learner.sub)).toBe(false);

    // Time passes (the row is due), and the sync log page runs the sync.
    await db.query("update lti_score_syncs set next_try_at = now() - interval '1 second' where attempt_id = $1", [attemptId]);
    expect((await instructor.client.request("/teach/lti/scores")).status).toBe(200);
    await expect.poll(async () => (await row())?.status, { timeout: 15_000 }).toBe("sent");
    expect((await row()).posted_score).toBe(score);
    expect(lms.scores.filter((s) => s.body.userId === learner.sub).map((s) => s.body.scoreGiven)).toEqual([score]);

    // The teacher takes a point away: the new score goes to the LMS by itself.
    const override = await instructor.client.json(`/api/attempts/${attemptId}/grades`, { method: "POST", json: { questionId: questions[0]!.id, points: 0, note: "LTI resend" } });
    expect(override.status).toBe(200);
    await expect.poll(() => lms.scores.filter((s) => s.body.userId === learner.sub).length, { timeout: 15_000 }).toBe(2);
    expect(lms.scores.filter((s) => s.body.userId === learner.sub).at(-1)!.body.scoreGiven).toBeLessThan(score);
  });

  it("the sync log shows each score with its status", async () => {
    const page = await (await instructor.client.request("/teach/lti/scores")).text();
    expect(page).toContain("Rita Retry");
    expect(page).toContain("Sent");
    const student = new ApiClient(baseUrl);
    const s = await createUser(databaseUrl, { role: "student" });
    await student.signIn(s.email, s.password);
    const refused = await student.request("/teach/lti/scores");
    expect(refused.status).toBe(307);
  });
});

describe("names and roles", () => {
  it("syncs the course roster so students who never launched are in the class", async () => {
    lms.addUser("learner", "Nora Neverlaunched");
    const synced = await instructor.client.json("/api/lti/roster", { method: "POST", json: { classId: instructor.classId } });
    expect(synced.status).toBe(200);
    expect(lms.tokenRequests.at(-1)!.scope).toBe("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    const roster = (await instructor.client.json(`/api/classes/${instructor.classId}`)).body.roster.map((r: { name: string }) => r.name);
    expect(roster).toContain("Nora Neverlaunched");
    expect(roster).toContain("Lena Learner");
    // Instructors are not made students by a roster; a second sync changes nothing.
    expect(roster).not.toContain("Ms Instructor");
    await instructor.client.json("/api/lti/roster", { method: "POST", json: { classId: instructor.classId } });
    expect((await instructor.client.json(`/api/classes/${instructor.classId}`)).body.roster).toHaveLength(roster.length);
  });

  it("refuses another teacher's class with a 404 and bad input with a 400", async () => {
    const other = await createUser(databaseUrl, { role: "teacher" });
    const stranger = new ApiClient(baseUrl);
    await stranger.signIn(other.email, other.password);
    expect((await stranger.json("/api/lti/roster", { method: "POST", json: { classId: instructor.classId } })).status).toBe(404);
    expect((await stranger.json("/api/lti/roster", { method: "POST", json: { classId: "nope" } })).status).toBe(400);
  });
});
