-- The companies and products the essays (000-003) name that are not organizations of the player tables; where the
-- essays name the organizations and models (mentions); models that only an essay names (provenance: its sentence).

CREATE TABLE company (
    id              text PRIMARY KEY,
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    name_en_translated boolean NOT NULL,
    aliases         text[]  NOT NULL,
    kind            text    NOT NULL,
    role            text    NOT NULL,
    descriptors     text[]  NOT NULL,
    maker           text,
    maker_collection text,
    provenance      jsonb   NOT NULL,
    sources         text[]  NOT NULL,
    search_text     text    NOT NULL
);
CREATE INDEX company_sources ON company USING gin (sources);
CREATE INDEX company_search ON company USING gin (search_text gin_trgm_ops);

ALTER TABLE organization ADD COLUMN mentions jsonb NOT NULL DEFAULT '[]';
ALTER TABLE model ADD COLUMN mentions jsonb NOT NULL DEFAULT '[]';

-- A model of the player tables has a table row; a model that only an essay names has the sentence instead.
ALTER TABLE model ADD COLUMN citation jsonb;
ALTER TABLE model ALTER COLUMN source_id DROP NOT NULL;
ALTER TABLE model ALTER COLUMN source_table DROP NOT NULL;
ALTER TABLE model ALTER COLUMN source_row DROP NOT NULL;
ALTER TABLE model ADD CONSTRAINT model_provenance CHECK (
    (source_id IS NOT NULL AND source_table IS NOT NULL AND source_row IS NOT NULL AND citation IS NULL)
    OR (source_id IS NULL AND source_table IS NULL AND source_row IS NULL AND citation IS NOT NULL));
