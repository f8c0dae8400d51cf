-- Full-text search over requests.search_text (lower case, accents removed, written by the data
-- layer): a generated tsvector with a GIN index; ts_rank ranks the matches.
ALTER TABLE "requests" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "search_text")) STORED;
--> statement-breakpoint
CREATE INDEX "requests_search_idx" ON "requests" USING gin ("search_vector");
