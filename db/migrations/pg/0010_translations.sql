CREATE TABLE "bulletin_translations" (
	"bulletin_id" integer NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"verse_text" text NOT NULL,
	"verse_reference" text NOT NULL,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bulletin_translations_bulletin_id_locale_pk" PRIMARY KEY("bulletin_id","locale")
);
--> statement-breakpoint
CREATE TABLE "request_translations" (
	"request_id" integer NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"excerpt" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "request_translations_request_id_locale_pk" PRIMARY KEY("request_id","locale")
);
--> statement-breakpoint
CREATE TABLE "update_translations" (
	"update_id" integer NOT NULL,
	"locale" text NOT NULL,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "update_translations_update_id_locale_pk" PRIMARY KEY("update_id","locale")
);
--> statement-breakpoint
ALTER TABLE "bulletin_translations" ADD CONSTRAINT "bulletin_translations_bulletin_id_bulletins_id_fk" FOREIGN KEY ("bulletin_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_translations" ADD CONSTRAINT "request_translations_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_translations" ADD CONSTRAINT "update_translations_update_id_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."updates"("id") ON DELETE cascade ON UPDATE no action;