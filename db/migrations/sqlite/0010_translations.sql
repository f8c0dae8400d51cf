CREATE TABLE `bulletin_translations` (
	`bulletin_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`verse_text` text NOT NULL,
	`verse_reference` text NOT NULL,
	`notes` text DEFAULT '[]' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`bulletin_id`, `locale`),
	FOREIGN KEY (`bulletin_id`) REFERENCES `bulletins`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `request_translations` (
	`request_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`excerpt` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`request_id`, `locale`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `update_translations` (
	`update_id` integer NOT NULL,
	`locale` text NOT NULL,
	`body` text NOT NULL,
	`body_html` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`update_id`, `locale`),
	FOREIGN KEY (`update_id`) REFERENCES `updates`(`id`) ON UPDATE no action ON DELETE cascade
);
