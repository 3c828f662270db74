-- The dataset of the seed documents. Flyway owns this schema; Hibernate only validates it.
-- Every record keeps its raw seed cells beside the normalised values and its provenance
-- (source document, table, 1-based row). List-valued fields are text[]; parsed structures jsonb.

CREATE TABLE dataset (
    id              integer PRIMARY KEY CHECK (id = 1),
    version         text        NOT NULL,
    loaded_at       timestamptz NOT NULL,
    counts          jsonb       NOT NULL
);

CREATE TABLE source (
    id              text PRIMARY KEY,
    file            text NOT NULL UNIQUE,
    work            text NOT NULL,
    title           text NOT NULL,
    title_en        text,
    publisher       text,
    publisher_en    text,
    channel         text,
    url             text,
    document_url    text,
    published       text,
    search_text     text NOT NULL
);

CREATE TABLE organization (
    id              text PRIMARY KEY,
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    name_en_translated boolean NOT NULL,
    name_zh         text,
    region          text    NOT NULL,
    kind            text    NOT NULL,
    aliases         text[]  NOT NULL,
    capabilities    text[]  NOT NULL,
    capability_cells jsonb  NOT NULL,
    compute_raw     text    NOT NULL,
    compute         jsonb   NOT NULL,
    funding_raw     text    NOT NULL,
    funding         jsonb   NOT NULL,
    leaders_raw     text    NOT NULL,
    leaders         text[]  NOT NULL,
    citations       text[]  NOT NULL,
    source_id       text    NOT NULL REFERENCES source (id),
    source_table    text    NOT NULL,
    source_row      integer NOT NULL,
    search_text     text    NOT NULL
);

CREATE TABLE model (
    id              text PRIMARY KEY,
    organization_id text    NOT NULL REFERENCES organization (id),
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    name_en_translated boolean NOT NULL,
    name_zh         text,
    aliases         text[]  NOT NULL,
    capabilities    text[]  NOT NULL,
    open_source     boolean,
    note            text,
    raw_cells       jsonb   NOT NULL,
    source_id       text    NOT NULL REFERENCES source (id),
    source_table    text    NOT NULL,
    source_row      integer NOT NULL,
    search_text     text    NOT NULL
);
CREATE INDEX model_organization ON model (organization_id);

CREATE TABLE application (
    id              text PRIMARY KEY,
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    name_en_translated boolean NOT NULL,
    name_zh         text,
    aliases         text[]  NOT NULL,
    direction_raw   text    NOT NULL,
    categories      text[]  NOT NULL,
    segments_raw    text    NOT NULL,
    segments        text[]  NOT NULL,
    organization_id text REFERENCES organization (id),
    source_id       text    NOT NULL REFERENCES source (id),
    source_table    text    NOT NULL,
    source_row      integer NOT NULL,
    search_text     text    NOT NULL
);

CREATE TABLE sota_model (
    id              text PRIMARY KEY,
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    name_en_translated boolean NOT NULL,
    name_zh         text,
    model_raw       text    NOT NULL,
    organizations   text[]  NOT NULL,
    models          jsonb   NOT NULL,
    type_raw        text    NOT NULL,
    type            text    NOT NULL,
    architecture_raw text   NOT NULL,
    parameters_raw  text    NOT NULL,
    parameters      jsonb,
    parameters_min  bigint,
    parameters_max  bigint,
    data_raw        text    NOT NULL,
    performance_raw text    NOT NULL,
    citations       text[]  NOT NULL,
    source_id       text    NOT NULL REFERENCES source (id),
    source_table    text    NOT NULL,
    source_row      integer NOT NULL,
    search_text     text    NOT NULL
);

CREATE TABLE takeaway (
    id              text PRIMARY KEY,
    kind            text    NOT NULL,
    topic           text    NOT NULL,
    text            text    NOT NULL,
    text_en         text    NOT NULL,
    source_id       text    NOT NULL REFERENCES source (id),
    source_table    text    NOT NULL,
    source_row      integer NOT NULL
);
