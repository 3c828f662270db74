-- The relevance order of /search ranks a hit by the record's own names (the lines of search_text before the line
-- holding only U+001F, which starts the names of the records it links to). Kept as a column the database computes
-- once per row when it is written, so that ordering thousands of matches reads it instead of splitting search_text
-- for each of them at every request.

-- The table is rewritten: at a million entries that takes longer than the connections' statement timeout (2.5 s, for
-- requests), so this migration's transaction has none.
SET LOCAL statement_timeout = 0;

ALTER TABLE search_entry
    ADD COLUMN own_names text GENERATED ALWAYS AS (split_part(search_text, E'\n\x1f\n', 1)) STORED;

-- A search's page is looked for first by walking its sort order (ai.landscape.api.PagePlanner#walk): each sort of
-- /search other than relevance has an index in its order.
CREATE INDEX search_entry_order_collection ON search_entry (collection COLLATE "C", id COLLATE "C");
