CREATE TABLE `meeting_presence` (
	`meeting_id` text NOT NULL,
	`viewer` text NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `viewer`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_presence_seen_idx` ON `meeting_presence` (`meeting_id`,`seen_at`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`presenter_id` text NOT NULL,
	`request_ids` text NOT NULL,
	`step` integer DEFAULT -1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`presenter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meetings_presenter_idx` ON `meetings` (`presenter_id`);