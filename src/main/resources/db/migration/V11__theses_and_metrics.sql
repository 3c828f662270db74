-- The essays' theses (the predictions 001 and 003 mark right or wrong) and the figures 000–003 state. Both are prose
-- records: provenance is a jsonb list of citations (source, section, quote, line), sources the ids of their documents.
-- Links to organizations and models are checked by the load; company ids (subject_company, companies) name records of
-- the companies collection.

CREATE TABLE thesis (
    id                  text PRIMARY KEY,
    verdict             text    NOT NULL,
    verdict_raw         text    NOT NULL,
    ordinal             integer NOT NULL,
    title               text    NOT NULL,
    title_en            text    NOT NULL,
    title_en_translated boolean NOT NULL,
    text                text    NOT NULL,
    organizations       text[]  NOT NULL,
    models              text[]  NOT NULL,
    companies           text[]  NOT NULL,
    metrics             text[]  NOT NULL,
    provenance          jsonb   NOT NULL,
    sources             text[]  NOT NULL,
    search_text         text    NOT NULL
);
CREATE INDEX thesis_search ON thesis USING gin (search_text gin_trgm_ops);

CREATE TABLE metric (
    id                   text PRIMARY KEY,
    subject              text    NOT NULL,
    subject_organization text REFERENCES organization (id),
    subject_model        text REFERENCES model (id),
    subject_company      text,
    measure              text    NOT NULL,
    value_raw            text    NOT NULL,
    value                numeric,
    low                  numeric,
    high                 numeric,
    unit                 text    NOT NULL,
    qualifier            text    NOT NULL,
    period               text,
    thesis_id            text REFERENCES thesis (id),
    provenance           jsonb   NOT NULL,
    sources              text[]  NOT NULL
);
CREATE INDEX metric_measure ON metric (measure);
CREATE INDEX metric_thesis ON metric (thesis_id);
