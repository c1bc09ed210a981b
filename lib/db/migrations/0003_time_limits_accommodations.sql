ALTER TABLE "assignments" ADD COLUMN "time_limit_minutes" integer;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "extra_time" double precision DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "extension_hours" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "large_text" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_time_limit_check" CHECK ("assignments"."time_limit_minutes" is null or "assignments"."time_limit_minutes" between 1 and 600);--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_extra_time_check" CHECK ("enrolments"."extra_time" in (1, 1.5, 2));--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_extension_check" CHECK ("enrolments"."extension_hours" between 0 and 2160);