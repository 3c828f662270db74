-- /search reads one table that the load writes, instead of a view over every searchable table: a collection that is
-- declared searchable gets its rows here without a change to the schema. One row per searchable record; collection is
-- the code of its collection, id is unique over the table, record_id is the record's own id.

CREATE TABLE search_entry_table (
    id              text PRIMARY KEY,
    collection      text    NOT NULL,
    record_id       text    NOT NULL,
    name            text    NOT NULL,
    name_en         text,
    name_zh         text,
    aliases         text[]  NOT NULL,
    search_text     text    NOT NULL
);

-- The rows the view gave for the data already loaded, so that it is served as before until the next load.
INSERT INTO search_entry_table SELECT * FROM search_entry;
DROP VIEW search_entry;
ALTER TABLE search_entry_table RENAME TO search_entry;
ALTER INDEX search_entry_table_pkey RENAME TO search_entry_pkey;

CREATE INDEX search_entry_search ON search_entry USING gin (search_text gin_trgm_ops);
CREATE INDEX search_entry_order_id ON search_entry (id COLLATE "C");
