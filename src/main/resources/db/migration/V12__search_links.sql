-- Search through links: a search entry keeps the searchable records its record links to (collection, id, names), so
-- that a hit found by their names says which of them matched. The names themselves follow the record's own in
-- search_text, after a line holding only the character U+001F, which no search text can match.

ALTER TABLE search_entry ADD COLUMN links jsonb NOT NULL DEFAULT '[]';
