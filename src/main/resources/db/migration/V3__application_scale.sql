-- Indexes for the applications list at scale (see bench/scale.sh): the category and segment
-- filters (array overlap) and one per sort field, in the order the list engine sorts (code-point
-- collation, ties broken on id), so that a sorted page reads its rows in index order.

CREATE INDEX application_categories ON application USING gin (categories);
CREATE INDEX application_segments ON application USING gin (segments);
CREATE INDEX application_order_id ON application (id COLLATE "C");
CREATE INDEX application_order_name ON application (name COLLATE "C", id COLLATE "C");
CREATE INDEX application_order_name_en ON application ((lower(name_en) COLLATE "C"), id COLLATE "C");
CREATE INDEX application_order_organization ON application (organization_id COLLATE "C", id COLLATE "C");
CREATE INDEX application_order_row ON application (source_row, id COLLATE "C");
