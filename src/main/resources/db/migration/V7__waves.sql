-- The waves: the four waves of the 2022 essay "Generative AI: A Creative New World" (000, 002) and 004's restatement of
-- them, read from seed-data/corpus/waves.yaml. provenance is the list of citations (source, section, quote, line),
-- sources their distinct source ids (the source filter); organizations and models are ids of the records the wave's
-- text names. Four rows: no index beyond the key.

CREATE TABLE wave (
    id                 text PRIMARY KEY,
    ordinal            integer NOT NULL,
    name               text    NOT NULL,
    name_alt           text    NOT NULL,
    name_en            text    NOT NULL,
    name_en_translated boolean NOT NULL,
    period_raw         text    NOT NULL,
    start_year         integer,
    end_year           integer,
    summary            text    NOT NULL,
    organizations      text[]  NOT NULL,
    models             text[]  NOT NULL,
    provenance         jsonb   NOT NULL,
    sources            text[]  NOT NULL,
    search_text        text    NOT NULL
);
