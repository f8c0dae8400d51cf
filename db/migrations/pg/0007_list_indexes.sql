DROP INDEX "requests_published_idx";--> statement-breakpoint
DROP INDEX "requests_region_published_idx";--> statement-breakpoint
DROP INDEX "requests_kind_published_idx";--> statement-breakpoint
DROP INDEX "requests_status_published_idx";--> statement-breakpoint
CREATE INDEX "requests_unrendered_idx" ON "requests" USING btree ("id") WHERE search_text = '';--> statement-breakpoint
CREATE INDEX "updates_unrendered_idx" ON "updates" USING btree ("id") WHERE body_html = '' AND body <> '';--> statement-breakpoint
CREATE INDEX "requests_published_idx" ON "requests" USING btree ("published_at","id","status","region_id","kind");--> statement-breakpoint
CREATE INDEX "requests_region_published_idx" ON "requests" USING btree ("region_id","published_at","id","status","kind");--> statement-breakpoint
CREATE INDEX "requests_kind_published_idx" ON "requests" USING btree ("kind","published_at","id","status","region_id");--> statement-breakpoint
CREATE INDEX "requests_status_published_idx" ON "requests" USING btree ("status","published_at","id","region_id","kind");