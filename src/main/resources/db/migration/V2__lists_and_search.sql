-- Columns the list filters need without joins, trigram indexes for q, and the view /search lists.

ALTER TABLE model ADD COLUMN region text NOT NULL DEFAULT '';
ALTER TABLE sota_model ADD COLUMN regions text[] NOT NULL DEFAULT '{}';
ALTER TABLE sota_model ADD COLUMN aliases text[] NOT NULL DEFAULT '{}';

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organization_search ON organization USING gin (search_text gin_trgm_ops);
CREATE INDEX model_search ON model USING gin (search_text gin_trgm_ops);
CREATE INDEX application_search ON application USING gin (search_text gin_trgm_ops);
CREATE INDEX sota_model_search ON sota_model USING gin (search_text gin_trgm_ops);
CREATE INDEX application_organization ON application (organization_id);

-- One row per searchable record; collection is a code of the Collection vocabulary, id is unique
-- over the view, record_id is the record's own id.
CREATE VIEW search_entry AS
    SELECT 'ORGANIZATIONS:' || id AS id, 'ORGANIZATIONS' AS collection, id AS record_id, name, name_en, name_zh, aliases, search_text
      FROM organization
    UNION ALL
    SELECT 'MODELS:' || id, 'MODELS', id, name, name_en, name_zh, aliases, search_text FROM model
    UNION ALL
    SELECT 'APPLICATIONS:' || id, 'APPLICATIONS', id, name, name_en, name_zh, aliases, search_text FROM application
    UNION ALL
    SELECT 'SOTA_MODELS:' || id, 'SOTA_MODELS', id, name, name_en, name_zh, aliases, search_text FROM sota_model
    UNION ALL
    SELECT 'SOURCES:' || id, 'SOURCES', id, title, title_en, NULL, ARRAY[]::text[], search_text FROM source;
