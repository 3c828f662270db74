-- Where each English name comes from (SEED, TRANSLATION, OFFICIAL); whether an application's link to its
-- organization is inferred rather than stated by the seed. The SOTA parameter counts now belong to the models
-- of a row (in models), each claim with its own wording, so the row's combined reading goes; parameters_min and
-- parameters_max keep what the filters and the sort compare. The seed loader fills every column on each load.

ALTER TABLE organization ADD COLUMN name_en_origin text NOT NULL DEFAULT 'SEED';
ALTER TABLE organization ALTER COLUMN name_en_origin DROP DEFAULT;
ALTER TABLE model ADD COLUMN name_en_origin text NOT NULL DEFAULT 'SEED';
ALTER TABLE model ALTER COLUMN name_en_origin DROP DEFAULT;
ALTER TABLE application ADD COLUMN name_en_origin text NOT NULL DEFAULT 'SEED';
ALTER TABLE application ALTER COLUMN name_en_origin DROP DEFAULT;
ALTER TABLE sota_model ADD COLUMN name_en_origin text NOT NULL DEFAULT 'SEED';
ALTER TABLE sota_model ALTER COLUMN name_en_origin DROP DEFAULT;

ALTER TABLE application ADD COLUMN organization_inferred boolean NOT NULL DEFAULT false;
ALTER TABLE application ALTER COLUMN organization_inferred DROP DEFAULT;

ALTER TABLE sota_model DROP COLUMN parameters;

ALTER TABLE source ADD COLUMN title_en_origin text;
ALTER TABLE source ADD COLUMN publisher_en_origin text;
