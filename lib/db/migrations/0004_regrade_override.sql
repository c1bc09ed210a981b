CREATE TABLE "grade_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"changed_by" uuid,
	"before_points" double precision NOT NULL,
	"after_points" double precision NOT NULL,
	"before_correct" boolean NOT NULL,
	"after_correct" boolean NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "graded_question_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "grade_changes" ADD CONSTRAINT "grade_changes_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_changes" ADD CONSTRAINT "grade_changes_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_changes" ADD CONSTRAINT "grade_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grade_changes_attempt_idx" ON "grade_changes" USING btree ("attempt_id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_graded_question_id_questions_id_fk" FOREIGN KEY ("graded_question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;