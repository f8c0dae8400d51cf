CREATE TABLE `job_schedules` (
	`name` text PRIMARY KEY NOT NULL,
	`cron` text NOT NULL,
	`time_zone` text NOT NULL,
	`last_run_at` integer
);
--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`state` text DEFAULT 'created' NOT NULL,
	`run_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`retry_limit` integer DEFAULT 5 NOT NULL,
	`locked_until` integer,
	`locked_by` text,
	`last_error` text,
	`singleton_key` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`completed_at` integer
);
--> statement-breakpoint
CREATE INDEX `jobs_due_idx` ON `jobs` (`state`,`run_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_singleton_uq` ON `jobs` (`name`,`singleton_key`);--> statement-breakpoint
ALTER TABLE `requests` ADD `body_html` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `excerpt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `search_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `updates` ADD `body_html` text DEFAULT '' NOT NULL;