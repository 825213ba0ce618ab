-- The corpus schema, version 1 (SQLite). One row per distinct article text; the full analysis is kept as a
-- compressed JSON blob so that every layer survives, and its layers are also spread into tables for queries.
CREATE TABLE story (
  id         INTEGER PRIMARY KEY,
  label      TEXT NOT NULL,
  first_date TEXT,
  last_date  TEXT,
  articles   INTEGER NOT NULL
);

CREATE TABLE article (
  id            INTEGER PRIMARY KEY,
  doc_id        TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  origin        TEXT,
  source        TEXT,
  url           TEXT,
  title         TEXT,
  published     TEXT,
  published_how TEXT NOT NULL,
  text          TEXT NOT NULL,
  duplicate_of  INTEGER REFERENCES article(id),
  similarity    REAL,
  story_id      INTEGER REFERENCES story(id),
  keywords      TEXT NOT NULL,
  minhash       BLOB NOT NULL,
  analysis      BLOB NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX article_published ON article(published);
CREATE INDEX article_story ON article(story_id);
CREATE INDEX article_duplicate ON article(duplicate_of);

CREATE TABLE minhash_band (
  band       INTEGER NOT NULL,
  hash       INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES article(id),
  PRIMARY KEY (band, hash, article_id)
);


CREATE TABLE corpus_entity (
  id       INTEGER PRIMARY KEY,
  type     TEXT NOT NULL,
  name     TEXT NOT NULL,
  country  TEXT,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX corpus_entity_name ON corpus_entity(name);

CREATE TABLE entity_alias (
  alias     TEXT PRIMARY KEY,
  entity_id INTEGER NOT NULL  -- 0 marks a surname shared by several people
);

CREATE TABLE article_entity (
  article_id INTEGER NOT NULL REFERENCES article(id),
  local_id   TEXT NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES corpus_entity(id),
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  country    TEXT,
  role       TEXT,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entity_entity ON article_entity(entity_id);

CREATE TABLE mention (
  article_id INTEGER NOT NULL REFERENCES article(id),
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  type       TEXT,
  kind       TEXT NOT NULL,
  local_id   TEXT
);
CREATE INDEX mention_article ON mention(article_id);

CREATE TABLE quote (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES article(id),
  ord            INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  span_begin     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  content        TEXT NOT NULL,
  cue            TEXT,
  speaker_name   TEXT,
  speaker_local  TEXT,
  speaker_entity INTEGER REFERENCES corpus_entity(id),
  confidence     REAL NOT NULL,
  sieve          TEXT
);
CREATE INDEX quote_article ON quote(article_id);
CREATE INDEX quote_speaker ON quote(speaker_entity);

CREATE TABLE time_expr (
  article_id INTEGER NOT NULL REFERENCES article(id),
  ord        INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT,
  value      TEXT,
  mod        TEXT
);
CREATE INDEX time_expr_article ON time_expr(article_id);

CREATE TABLE place (
  article_id INTEGER NOT NULL REFERENCES article(id),
  ord        INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  name       TEXT,
  country    TEXT,
  lat        REAL,
  lon        REAL,
  geonameid  INTEGER
);
CREATE INDEX place_article ON place(article_id);

CREATE TABLE event (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES article(id),
  ord            INTEGER NOT NULL,
  type           TEXT,
  mode           TEXT,
  cameo          TEXT,
  goldstein      REAL,
  event_date     TEXT,
  source_text    TEXT,
  source_code    TEXT,
  source_country TEXT,
  source_entity  INTEGER REFERENCES corpus_entity(id),
  target_text    TEXT,
  target_code    TEXT,
  target_country TEXT,
  target_entity  INTEGER REFERENCES corpus_entity(id),
  place_text     TEXT,
  time_text      TEXT,
  trigger_text   TEXT,
  evidence       TEXT,
  confidence     REAL NOT NULL
);
CREATE INDEX event_article ON event(article_id);
CREATE INDEX event_dyad ON event(source_country, target_country, event_date);

CREATE TABLE problem (
  article_id INTEGER NOT NULL REFERENCES article(id),
  severity   TEXT NOT NULL,
  code       TEXT NOT NULL,
  message    TEXT,
  span_begin INTEGER,
  span_end   INTEGER
);

CREATE VIRTUAL TABLE article_fts USING fts5(title, text, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE quote_fts USING fts5(content, speaker, tokenize = 'porter unicode61');
