/**
 * Readcheck inside an LMS, in Chromium, against the test platform (tests/support/lti-platform.ts):
 * an instructor adds a quiz by deep linking, a learner opens it from the course with no second
 * sign-in and submits, and the score arrives at the platform's AGS endpoint with the right claims.
 */
import { expect, test } from "@playwright/test";
import { startLtiPlatform, type LtiPlatform } from "../support/lti-platform";
import { serval, signIn } from "./fixtures";

let lms: LtiPlatform;

test.beforeAll(async ({ playwright, baseURL }) => {
  lms = await startLtiPlatform({ toolBaseUrl: baseURL! });
  // A teacher registers the platform on the settings API (the page itself is covered below).
  const admin = await playwright.request.newContext({ baseURL });
  await signIn(admin, { email: "teacher@readcheck.test", password: "readcheck-teacher" });
  const res = await admin.post("/api/lti/platforms", { data: lms.registration("E2E LMS") });
  expect(res.status()).toBe(201);
  await admin.dispose();
});
test.afterAll(async () => lms?.stop());

test("deep link a quiz, launch as a learner, submit, and the score reaches the LMS", async ({ browser }) => {
  const instructor = lms.addUser("instructor", "Iris Instructor");
  const learner = lms.addUser("learner", "Leo Learner");

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await teacher.goto(`${lms.base}/course?as=${encodeURIComponent(instructor.sub)}`);
  await teacher.getByRole("link", { name: "Add a Readcheck quiz" }).click();
  // Login initiation → platform auth → form-posted id_token → launch: signed in, on the picker.
  await expect(teacher.getByRole("heading", { level: 1, name: "Add a quiz to your course" })).toBeVisible();
  await expect(teacher.getByText("English 9 (LMS)")).toBeVisible();
  await teacher.getByRole("button", { name: `Add ${serval.title}` }).click();
  // The signed LtiDeepLinkingResponse is posted back and the platform makes the gradebook column.
  await expect(teacher.getByRole("heading", { name: "Added to the course" })).toBeVisible();
  expect(lms.lineItems.map((l) => l.label)).toEqual([serval.title]);
  await teacherContext.close();

  const learnerContext = await browser.newContext();
  const student = await learnerContext.newPage();
  await student.goto(`${lms.base}/course?as=${encodeURIComponent(learner.sub)}`);
  await student.getByRole("link", { name: `Open ${serval.title}` }).click();
  await expect(student.getByRole("heading", { level: 1, name: serval.title })).toBeVisible();
  await student.getByRole("button", { name: "Start quiz" }).click();
  await student.getByRole("button", { name: "Submit answers" }).click();
  await student.getByRole("dialog", { name: /unanswered/ }).getByRole("button", { name: "Submit anyway" }).click();
  await expect(student.getByRole("heading", { name: /score|result/i }).first()).toBeVisible();

  // Opened inside the LMS's iframe, the quiz page renders there: framing is allowed for this LMS.
  const framed = await learnerContext.newPage();
  await framed.goto(`${lms.base}/course-frame?as=${encodeURIComponent(learner.sub)}&hint=${lms.lineItems[0]!.resourceLinkId}`);
  await expect(framed.frameLocator('iframe[title="Readcheck"]').getByRole("heading", { level: 1, name: serval.title })).toBeVisible();

  await expect.poll(() => lms.scores.length, { timeout: 20_000 }).toBe(1);
  const [score] = lms.scores;
  expect(score!.lineItem).toBe(lms.lineItems[0]!.id);
  expect(score!.contentType).toBe("application/vnd.ims.lis.v1.score+json");
  expect(score!.body).toMatchObject({
    userId: learner.sub,
    scoreGiven: 0,
    scoreMaximum: lms.lineItems[0]!.scoreMaximum,
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
  });
  expect(lms.tokenRequests.at(-1)!.assertion).toMatchObject({ iss: lms.clientId, sub: lms.clientId, aud: lms.urls.token });
  await learnerContext.close();
});

test("a teacher registers, edits and removes a platform on the settings page", async ({ page }) => {
  await signIn(page.request, { email: "teacher@readcheck.test", password: "readcheck-teacher" });
  await page.goto("/teach/lti");
  await expect(page.getByRole("heading", { level: 1, name: "LMS connections" })).toBeVisible();
  await expect(page.getByText(/\/api\/lti\/login$/)).toBeVisible();
  const form = page.getByRole("form", { name: "Register a platform" });
  const clientId = `ui-${Date.now()}`;
  await form.getByLabel("Name").fill("Moodle at school");
  await form.getByLabel("Issuer").fill("https://moodle.school.example");
  await form.getByLabel("Client id").fill(clientId);
  await form.getByLabel("Deployment ids").fill("1, 2");
  await form.getByLabel("Authorization URL").fill("not a url");
  await form.getByLabel("Access token URL").fill("https://moodle.school.example/mod/lti/token.php");
  await form.getByLabel("Keyset URL").fill("https://moodle.school.example/mod/lti/certs.php");
  await form.getByRole("button", { name: "Register platform" }).click();
  await expect(form.getByLabel("Authorization URL")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Authorization URL").fill("https://moodle.school.example/mod/lti/auth.php");
  await form.getByRole("button", { name: "Register platform" }).press("Enter");
  const item = page.getByRole("listitem").filter({ hasText: clientId });
  await expect(item.getByRole("heading", { name: "Moodle at school" })).toBeVisible();
  await expect(item).toContainText("deployments 1, 2");

  await item.getByRole("button", { name: "Edit Moodle at school" }).click();
  const edit = page.getByRole("form", { name: "Edit Moodle at school" });
  await edit.getByLabel("Name").fill("Moodle (district)");
  await edit.getByRole("button", { name: "Save changes" }).click();
  const renamed = page.getByRole("listitem").filter({ hasText: clientId });
  await expect(renamed.getByRole("heading", { name: "Moodle (district)" })).toBeVisible();

  page.once("dialog", (d) => d.accept());
  await renamed.getByRole("button", { name: "Remove Moodle (district)" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: clientId })).toHaveCount(0);
});
