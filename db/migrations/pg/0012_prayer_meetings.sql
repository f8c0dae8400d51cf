CREATE TABLE "meeting_presence" (
	"meeting_id" text NOT NULL,
	"viewer" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_presence_meeting_id_viewer_pk" PRIMARY KEY("meeting_id","viewer")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"presenter_id" text NOT NULL,
	"request_ids" text NOT NULL,
	"step" integer DEFAULT -1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_presence" ADD CONSTRAINT "meeting_presence_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_presenter_id_users_id_fk" FOREIGN KEY ("presenter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_presence_seen_idx" ON "meeting_presence" USING btree ("meeting_id","seen_at");--> statement-breakpoint
CREATE INDEX "meetings_presenter_idx" ON "meetings" USING btree ("presenter_id");