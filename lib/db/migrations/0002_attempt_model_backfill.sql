-- Attempts made before attempt kinds existed: those with an assignment were made for it.
UPDATE "attempts" SET "kind" = 'assignment' WHERE "assignment_id" IS NOT NULL;--> statement-breakpoint
-- Quizzes loaded from quizzes/ (no owner) are the public library.
UPDATE "quizzes" SET "library" = true WHERE "owner_id" IS NULL;--> statement-breakpoint
-- Before held_review existed, "after the due date" showed which answers were right until then.
UPDATE "assignments" SET "held_review" = 'correctness' WHERE "review_policy" = 'after_due';
