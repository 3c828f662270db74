-- The investment layers: the four layers of the AI stack that "Generative AI's Act o1" (003) weighs for investors, read
-- from seed-data/corpus/investment-layers.yaml. text is the paragraph under the layer's bullet, verbatim; figures the
-- counts it gives for earlier platform transitions (jsonb list of figures); provenance the citation, sources its source
-- id (the source filter). Four rows: no index beyond the key.

CREATE TABLE investment_layer (
    id                 text PRIMARY KEY,
    ordinal            integer NOT NULL,
    name               text    NOT NULL,
    name_en            text    NOT NULL,
    name_en_translated boolean NOT NULL,
    text               text    NOT NULL,
    figures            jsonb   NOT NULL,
    provenance         jsonb   NOT NULL,
    sources            text[]  NOT NULL,
    search_text        text    NOT NULL
);
