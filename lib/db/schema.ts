/**
 * The whole product's tables. Migrations in lib/db/migrations are generated from this file
 * (`npm run db:generate`); never edit a generated migration by hand.
 *
 * Two deliberate splits:
 * - `question_keys` holds each question's answer key, explanation and evidence apart from
 *   `questions`, so the taking view (which reads `questions`) cannot select them by accident.
 * - Questions are copy-on-write: a question that an attempt has used is never updated; an edit
 *   retires it (`retired_at`) and inserts a new row. Attempts list the question ids they were given,
 *   so recorded results keep pointing at what the student actually saw.
 *
 * Only PostgreSQL 15 features: PGlite runs 18, CI and most servers run 15.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["student", "teacher"]);
export const quizStatusEnum = pgEnum("quiz_status", ["draft", "published", "archived"]);
export const attemptStatusEnum = pgEnum("attempt_status", ["in_progress", "submitted"]);
export const reviewPolicyEnum = pgEnum("review_policy", ["after_submit", "after_due", "never"]);
/** What a student sees of a submitted attempt while its full review is held back. */
export const heldReviewEnum = pgEnum("held_review", ["score", "correctness"]);
/** Moodle's question behaviours: check each answer as you go, or see everything after submitting. */
export const feedbackModeEnum = pgEnum("feedback_mode", ["deferred", "immediate"]);
export const attemptKindEnum = pgEnum("attempt_kind", ["practice", "assignment"]);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lowercased and trimmed; the unique index relies on it. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull().default("student"),
    /**
     * Carried in every session token and compared on each request: raising it ends every session
     * the user has (sign out everywhere, a password reset, a role change).
     */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const articles = pgTable("articles", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  source: text("source"),
  url: text("url"),
  publishedOn: text("published_on"),
  license: text("license"),
  text: text("text").notNull(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const quizzes = pgTable(
  "quizzes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "restrict" }),
    status: quizStatusEnum("status").notNull().default("draft"),
    /** Null for quizzes loaded from files in quizzes/. */
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * In the public library: anyone signed in may see and practise it. Quizzes from quizzes/ are;
     * a teacher's own quiz only when they share it. Otherwise a published quiz is seen by its
     * teacher and by the students of classes it is assigned to.
     */
    library: boolean("library").notNull().default(false),
    /** Hash of the quiz file a seeded quiz came from: reseeding skips unchanged files. */
    sourceHash: text("source_hash"),
    review: text("review"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("quizzes_slug_key").on(t.slug)],
);

/** What a student may see of a question. The key lives in question_keys. */
export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    /** The question's id inside its quiz file ("code-name"); stable across reseeds. */
    ref: text("ref").notNull(),
    position: integer("position").notNull(),
    type: text("type").notNull(),
    prompt: text("prompt").notNull(),
    points: doublePrecision("points").notNull().default(1),
    /** Type-specific public fields: options, items, left/right, unit, blanks. */
    content: jsonb("content").notNull().$type<Record<string, unknown>>(),
    skill: text("skill").notNull(),
    difficulty: integer("difficulty").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("questions_quiz_idx").on(t.quizId, t.position),
    uniqueIndex("questions_live_ref_key").on(t.quizId, t.ref).where(sql`${t.retiredAt} is null`),
  ],
);

/** Answer key, explanation and evidence: read only by grading and by review after submission. */
export const questionKeys = pgTable("question_keys", {
  questionId: uuid("question_id")
    .primaryKey()
    .references(() => questions.id, { onDelete: "cascade" }),
  /** The full question as the quiz model defines it (lib/quiz/schema.ts), key included. */
  definition: jsonb("definition").notNull().$type<Record<string, unknown>>(),
  explanation: text("explanation").notNull(),
  evidence: jsonb("evidence").notNull().$type<{ start: number; end: number }[]>(),
});

export const classes = pgTable(
  "classes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teacherId: uuid("teacher_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    joinCode: text("join_code").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("classes_join_code_key").on(t.joinCode),
    index("classes_teacher_idx").on(t.teacherId),
    // One active class of a name per teacher: a double-submitted "New class" creates one class,
    // and two classes a teacher cannot tell apart never exist. Archived classes may repeat a name.
    uniqueIndex("classes_teacher_active_name_key")
      .on(t.teacherId, sql`lower(${t.name})`)
      .where(sql`${t.archivedAt} is null`),
  ],
);

export const enrolments = pgTable(
  "enrolments",
  {
    classId: uuid("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Accommodations, applied wherever this student's work in the class is timed or dated: time
     * limits × extra_time, every due date moved by extension_hours, larger text when taking.
     */
    extraTime: doublePrecision("extra_time").notNull().default(1),
    extensionHours: integer("extension_hours").notNull().default(0),
    largeText: boolean("large_text").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.userId] }),
    index("enrolments_user_idx").on(t.userId),
    check("enrolments_extra_time_check", sql`${t.extraTime} in (1, 1.5, 2)`),
    check("enrolments_extension_check", sql`${t.extensionHours} between 0 and 2160`),
  ],
);

export const assignments = pgTable(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    classId: uuid("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "restrict" }),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    dueAt: timestamp("due_at", { withTimezone: true }),
    attemptLimit: integer("attempt_limit"),
    allowLate: boolean("allow_late").notNull().default(false),
    /** Minutes a student has once they start (× their extra time); null: untimed. */
    timeLimitMinutes: integer("time_limit_minutes"),
    reviewPolicy: reviewPolicyEnum("review_policy").notNull().default("after_submit"),
    heldReview: heldReviewEnum("held_review").notNull().default("score"),
    feedback: feedbackModeEnum("feedback").notNull().default("deferred"),
    createdAt: createdAt(),
  },
  (t) => [
    index("assignments_class_idx").on(t.classId),
    check("assignments_attempt_limit_check", sql`${t.attemptLimit} is null or ${t.attemptLimit} > 0`),
    check("assignments_time_limit_check", sql`${t.timeLimitMinutes} is null or ${t.timeLimitMinutes} between 1 and 600`),
  ],
);

/**
 * One question as this attempt presents it: `view` is the public question (lib/quiz/public.ts),
 * options already shuffled, no key. Frozen at the start so a reload or a later edit of the quiz
 * never changes what the student is answering.
 */
export type AttemptSlot = { questionId: string; view: Record<string, unknown> };

export const attempts = pgTable(
  "attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    quizId: uuid("quiz_id")
      .notNull()
      .references(() => quizzes.id, { onDelete: "cascade" }),
    assignmentId: uuid("assignment_id").references(() => assignments.id, { onDelete: "set null" }),
    /**
     * Made for an assignment, or the student's own practice. Kept apart from assignment_id: when
     * an assignment is deleted its attempts stay assignment attempts, and their review stays shut.
     */
    kind: attemptKindEnum("kind").notNull().default("practice"),
    feedback: feedbackModeEnum("feedback").notNull().default("deferred"),
    /** Questions checked with immediate feedback: their answers are final. */
    checked: jsonb("checked").notNull().default([]).$type<string[]>(),
    status: attemptStatusEnum("status").notNull().default("in_progress"),
    /** The questions this attempt was given, in order, as presented. */
    slots: jsonb("slots").notNull().$type<AttemptSlot[]>(),
    /** Autosaved answers (question id → answer) until submission. */
    draft: jsonb("draft").notNull().default({}).$type<Record<string, unknown>>(),
    score: doublePrecision("score"),
    maxScore: doublePrecision("max_score"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    /** When a timed attempt closes: it is then graded with what was saved, browser or not. */
    deadline: timestamp("deadline", { withTimezone: true }),
    savedAt: timestamp("saved_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    index("attempts_user_idx").on(t.userId, t.startedAt),
    index("attempts_quiz_idx").on(t.quizId),
    index("attempts_assignment_idx").on(t.assignmentId),
    // Timed attempts still open, by deadline: what every gradebook, dashboard and history load
    // asks for (closeExpired). Few rows, however many attempts were ever submitted.
    index("attempts_open_deadline_idx")
      .on(t.deadline)
      .where(sql`${t.status} = 'in_progress' and ${t.deadline} is not null`),
    // At most one unfinished attempt per student, quiz and assignment (or practice): starting
    // again resumes it, and two instances racing to start one cannot both succeed. Attempts left
    // behind by a deleted assignment are closed for good and don't count.
    uniqueIndex("attempts_one_open_key")
      .on(t.userId, t.quizId, sql`coalesce(${t.assignmentId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.status} = 'in_progress' and (${t.kind} = 'practice' or ${t.assignmentId} is not null)`),
  ],
);

export const responses = pgTable(
  "responses",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "restrict" }),
    answer: jsonb("answer").$type<unknown>(),
    points: doublePrecision("points").notNull(),
    maxPoints: doublePrecision("max_points").notNull(),
    correct: boolean("correct").notNull(),
    /**
     * The question version whose key graded this response, when a regrade used a corrected
     * version (question_id stays what the student saw). Null: question_id's own key.
     */
    gradedQuestionId: uuid("graded_question_id").references(() => questions.id, { onDelete: "restrict" }),
    /** A teacher's note on an overridden grade, shown to the student with the points. */
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] }), index("responses_question_idx").on(t.questionId)],
);

/** Reading comfort settings, remembered per user (the article and questions on every page). */
export const userPreferences = pgTable(
  "user_preferences",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Text size as a percentage of the default: 100, 115, 130, 150. */
    textScale: integer("text_scale").notNull().default(100),
    /** Line spacing ×100: 150 (normal), 180, 210. */
    lineSpacing: integer("line_spacing").notNull().default(165),
    /** Read-aloud speed ×100 (Web Speech API rate). */
    speechRate: integer("speech_rate").notNull().default(100),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("user_preferences_text_scale_check", sql`${t.textScale} between 80 and 200`),
    check("user_preferences_line_spacing_check", sql`${t.lineSpacing} between 100 and 300`),
    check("user_preferences_speech_rate_check", sql`${t.speechRate} between 50 and 200`),
  ],
);

/** Every change to a recorded grade after submission — regrades and overrides — with who and why. */
export const gradeChanges = pgTable(
  "grade_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: ["regrade", "override"] }).notNull(),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    beforePoints: doublePrecision("before_points").notNull(),
    afterPoints: doublePrecision("after_points").notNull(),
    beforeCorrect: boolean("before_correct").notNull(),
    afterCorrect: boolean("after_correct").notNull(),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grade_changes_attempt_idx").on(t.attemptId)],
);

/**
 * Sign-in attempts per throttle key ("pair:<email>|<address>", "account:<email>", "ip:<address>"),
 * counted in a fixed window by one atomic upsert before the password is checked, so concurrent
 * guesses cannot all slip under the limit.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_window_idx").on(t.windowStartedAt)],
);

/** Sessions signed out one at a time (by their token's `sid`), until the token would expire anyway. */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: uuid("sid").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

/**
 * A learner's spaced-review card for a question they missed, scheduled by FSRS (ts-fsrs): the
 * columns are ts-fsrs's `Card`. `attempt_id` is where it was missed, so the review stays shut
 * while that attempt's review is.
 */
export const reviewCards = pgTable(
  "review_cards",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull(),
    reps: integer("reps").notNull(),
    lapses: integer("lapses").notNull(),
    state: integer("state").notNull(),
    lastReview: timestamp("last_review", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] }), index("review_cards_due_idx").on(t.userId, t.due)],
);

// ---------------------------------------------------------------------------------------------
// LTI 1.3 Advantage: Readcheck as a tool inside an LMS (lib/lti). Everything a launch or a grade
// passback depends on is here, never in process memory: any instance may answer any step.

/** An LMS registered by a teacher: who signs its id_tokens and where its endpoints are. */
export const ltiPlatforms = pgTable(
  "lti_platforms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The `iss` of the platform's id_tokens. */
    issuer: text("issuer").notNull(),
    /** Our client id at that platform: the `aud` of its id_tokens, the `iss`/`sub` of our assertions. */
    clientId: text("client_id").notNull(),
    /** The deployment ids a launch may carry; one registration can hold several. */
    deploymentIds: jsonb("deployment_ids").notNull().$type<string[]>(),
    authUrl: text("auth_url").notNull(),
    tokenUrl: text("token_url").notNull(),
    jwksUrl: text("jwks_url").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("lti_platforms_issuer_client_key").on(t.issuer, t.clientId)],
);

/**
 * The tool's own RS256 keys (JWK). The newest unretired one signs; retired ones stay published in
 * the JWKS for a while so tokens signed just before a rotation still verify.
 */
export const ltiKeys = pgTable("lti_keys", {
  kid: text("kid").primaryKey(),
  privateJwk: jsonb("private_jwk").notNull().$type<Record<string, unknown>>(),
  publicJwk: jsonb("public_jwk").notNull().$type<Record<string, unknown>>(),
  createdAt: createdAt(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

/** OIDC login initiations: `state` and `nonce` are each good for one launch, until `expires_at`. */
export const ltiLoginStates = pgTable(
  "lti_login_states",
  {
    state: text("state").primaryKey(),
    nonce: text("nonce").notNull(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("lti_login_states_nonce_key").on(t.nonce), index("lti_login_states_expires_idx").on(t.expiresAt)],
);

/** An LMS user (issuer + sub) and the Readcheck account their launches sign in to. */
export const ltiUsers = pgTable(
  "lti_users",
  {
    issuer: text("issuer").notNull(),
    sub: text("sub").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.sub] }), index("lti_users_user_idx").on(t.userId)],
);

/** An LMS course (issuer + context id) and its Readcheck class, with the course's service URLs. */
export const ltiContexts = pgTable(
  "lti_contexts",
  {
    issuer: text("issuer").notNull(),
    contextId: text("context_id").notNull(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    classId: uuid("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    /** NRPS context_memberships_url, from the latest launch. */
    membershipsUrl: text("memberships_url"),
    rosterSyncedAt: timestamp("roster_synced_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.contextId] }), uniqueIndex("lti_contexts_class_key").on(t.classId)],
);

/** A placement of an assignment in the LMS (issuer + resource link id) and its AGS line item. */
export const ltiResourceLinks = pgTable(
  "lti_resource_links",
  {
    issuer: text("issuer").notNull(),
    resourceLinkId: text("resource_link_id").notNull(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: "cascade" }),
    assignmentId: uuid("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    /** AGS line item this link's scores go to; null when the platform gave none. */
    lineItemUrl: text("line_item_url"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.resourceLinkId] }), index("lti_resource_links_assignment_idx").on(t.assignmentId)],
);

/**
 * Grade passback, state-based: one row per attempt and line item, holding what was last posted.
 * The sync compares it with the attempt's score, so a regrade is sent again without a hook in
 * the grading code. Failures wait until `next_try_at` (exponential backoff).
 */
export const ltiScoreSyncs = pgTable(
  "lti_score_syncs",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    lineItemUrl: text("line_item_url").notNull(),
    status: text("status", { enum: ["pending", "sent", "failed"] }).notNull().default("pending"),
    tries: integer("tries").notNull().default(0),
    nextTryAt: timestamp("next_try_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    postedScore: doublePrecision("posted_score"),
    postedMaxScore: doublePrecision("posted_max_score"),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.lineItemUrl] }), index("lti_score_syncs_due_idx").on(t.status, t.nextTryAt)],
);
