-- Full-text search over requests.search_text (lower case, accents removed, written by the data
-- layer): an FTS5 index kept in step by triggers; bm25() ranks the matches.
CREATE VIRTUAL TABLE `requests_fts` USING fts5(
	search_text,
	content='requests',
	content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `requests_fts_insert` AFTER INSERT ON `requests` BEGIN
	INSERT INTO requests_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `requests_fts_delete` AFTER DELETE ON `requests` BEGIN
	INSERT INTO requests_fts(requests_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `requests_fts_update` AFTER UPDATE OF search_text ON `requests` BEGIN
	INSERT INTO requests_fts(requests_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
	INSERT INTO requests_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
--> statement-breakpoint
INSERT INTO requests_fts(requests_fts) VALUES ('rebuild');
