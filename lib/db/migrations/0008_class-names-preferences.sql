CREATE TABLE "user_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"text_scale" integer DEFAULT 100 NOT NULL,
	"line_spacing" integer DEFAULT 165 NOT NULL,
	"speech_rate" integer DEFAULT 100 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_preferences_text_scale_check" CHECK ("user_preferences"."text_scale" between 80 and 200),
	CONSTRAINT "user_preferences_line_spacing_check" CHECK ("user_preferences"."line_spacing" between 100 and 300),
	CONSTRAINT "user_preferences_speech_rate_check" CHECK ("user_preferences"."speech_rate" between 50 and 200)
);
--> statement-breakpoint
ALTER TABLE "user_preferences" ADD CONSTRAINT "user_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "classes_teacher_active_name_key" ON "classes" USING btree ("teacher_id",lower("name")) WHERE "classes"."archived_at" is null;