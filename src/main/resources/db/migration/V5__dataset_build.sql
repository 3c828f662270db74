-- Which build of the service loaded the dataset: a load depends on the loaders' code as well as on the seed-data files,
-- so a new build loads the seed-data again, even when its version (the files' hash) is unchanged.

ALTER TABLE dataset ADD COLUMN build text NOT NULL DEFAULT '';
