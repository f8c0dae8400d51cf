DROP INDEX `requests_published_idx`;--> statement-breakpoint
DROP INDEX `requests_region_published_idx`;--> statement-breakpoint
DROP INDEX `requests_kind_published_idx`;--> statement-breakpoint
DROP INDEX `requests_status_published_idx`;--> statement-breakpoint
CREATE INDEX `requests_unrendered_idx` ON `requests` (`id`) WHERE search_text = '';--> statement-breakpoint
CREATE INDEX `requests_published_idx` ON `requests` (`published_at`,`id`,`status`,`region_id`,`kind`);--> statement-breakpoint
CREATE INDEX `requests_region_published_idx` ON `requests` (`region_id`,`published_at`,`id`,`status`,`kind`);--> statement-breakpoint
CREATE INDEX `requests_kind_published_idx` ON `requests` (`kind`,`published_at`,`id`,`status`,`region_id`);--> statement-breakpoint
CREATE INDEX `requests_status_published_idx` ON `requests` (`status`,`published_at`,`id`,`region_id`,`kind`);--> statement-breakpoint
CREATE INDEX `updates_unrendered_idx` ON `updates` (`id`) WHERE body_html = '' AND body <> '';