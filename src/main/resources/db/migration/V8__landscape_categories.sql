-- The landscape categories: one row per item of the model (模型) and application (应用) lists of the 2022 essay's two
-- translations (000, 002) and of 004's sections 3.1 and 3.2. Provenance is the one sentence the row comes from.

CREATE TABLE landscape_category (
    id                 text PRIMARY KEY,
    kind               text    NOT NULL,
    ordinal            integer NOT NULL,
    name               text    NOT NULL,
    name_en            text    NOT NULL,
    name_en_translated boolean NOT NULL,
    description        text    NOT NULL,
    examples           text[]  NOT NULL,
    capability         text,
    same_as            text[]  NOT NULL,
    provenance         jsonb   NOT NULL,
    sources            text[]  NOT NULL,
    search_text        text    NOT NULL
);
CREATE INDEX landscape_category_search ON landscape_category USING gin (search_text gin_trgm_ops);
