CREATE TYPE "public"."attempt_kind" AS ENUM('practice', 'assignment');--> statement-breakpoint
CREATE TYPE "public"."feedback_mode" AS ENUM('deferred', 'immediate');--> statement-breakpoint
CREATE TYPE "public"."held_review" AS ENUM('score', 'correctness');--> statement-breakpoint
CREATE TABLE "review_cards" (
	"user_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"stability" double precision NOT NULL,
	"difficulty" double precision NOT NULL,
	"elapsed_days" integer NOT NULL,
	"scheduled_days" integer NOT NULL,
	"learning_steps" integer NOT NULL,
	"reps" integer NOT NULL,
	"lapses" integer NOT NULL,
	"state" integer NOT NULL,
	"last_review" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_cards_user_id_question_id_pk" PRIMARY KEY("user_id","question_id")
);
--> statement-breakpoint
DROP INDEX "attempts_one_open_key";--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "held_review" "held_review" DEFAULT 'score' NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "feedback" "feedback_mode" DEFAULT 'deferred' NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "kind" "attempt_kind" DEFAULT 'practice' NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "feedback" "feedback_mode" DEFAULT 'deferred' NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "checked" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "quizzes" ADD COLUMN "library" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_cards_due_idx" ON "review_cards" USING btree ("user_id","due");--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_one_open_key" ON "attempts" USING btree ("user_id","quiz_id",coalesce("assignment_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "attempts"."status" = 'in_progress' and ("attempts"."kind" = 'practice' or "attempts"."assignment_id" is not null);