-- The day a statement was made when the text gives one (its report time), else null: queries then use the
-- article's publication date.
ALTER TABLE quote ADD COLUMN quote_date TEXT;
