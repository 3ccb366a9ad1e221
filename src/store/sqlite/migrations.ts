// Versioned schema: each entry upgrades from the previous version; PRAGMA user_version records where a file is.
export const migrations: string[] = [
  // v1: articles with full-text search, cross-article entities, and every fact keyed by article and offsets.
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    publication TEXT,
    volume INTEGER,
    issue INTEGER,
    title TEXT,
    date TEXT,
    date_basis TEXT NOT NULL,
    language TEXT NOT NULL,
    url TEXT,
    body TEXT NOT NULL,
    sentences TEXT NOT NULL,
    events TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_date ON articles(date);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );

  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geoname_id INTEGER,
    codes TEXT NOT NULL DEFAULT '{}',
    mention_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_type ON entities(type, mention_count DESC);
  CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

  -- How an entity is found again: type-scoped folded names and aliases, and PERSON~surname keys
  -- (entity_id NULL marks a surname shared by several people, never used to merge).
  CREATE TABLE entity_keys (key TEXT PRIMARY KEY, entity_id TEXT) WITHOUT ROWID;
  CREATE TABLE entity_aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity_id, alias)) WITHOUT ROWID;

  CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    local_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity_id, article);

  CREATE TABLE mentions (
    article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, type TEXT NOT NULL, local_id TEXT, entity_id TEXT
  );
  CREATE INDEX mentions_article ON mentions(article, start);

  CREATE TABLE roles (
    entity_id TEXT NOT NULL, title TEXT NOT NULL, "of" TEXT, date TEXT, article INTEGER NOT NULL
  );
  CREATE INDEX roles_entity ON roles(entity_id, date);

  CREATE TABLE quotes (
    article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, speaker_local TEXT, speaker_entity TEXT, speaker_text TEXT,
    speaker_start INTEGER, speaker_end INTEGER,
    cue TEXT, cue_start INTEGER, cue_end INTEGER
  );
  CREATE INDEX quotes_article ON quotes(article, start);
  CREATE INDEX quotes_speaker ON quotes(speaker_entity);

  CREATE TABLE citations (
    article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, raw TEXT NOT NULL,
    source TEXT, local_id TEXT, entity_id TEXT, date TEXT, malformed INTEGER NOT NULL, form TEXT
  );
  CREATE INDEX citations_article ON citations(article, start);
  CREATE INDEX citations_source ON citations(source COLLATE NOCASE);

  CREATE TABLE quantities (
    article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL NOT NULL, value_max REAL, unit TEXT, year INTEGER, about TEXT
  );
  CREATE INDEX quantities_article ON quantities(article, start);

  CREATE TABLE dates (
    article INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    date TEXT, precision TEXT NOT NULL, range_from TEXT, range_to TEXT
  );
  CREATE INDEX dates_article ON dates(article, start);
  `,
  // v2: rank matches by bm25 with the title weighted four times the body.
  `INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');`,
  // v3: an article's entities carry their type, country and the article's date, so facets, the
  // entity page's article list and timeline read one indexed table instead of joining three.
  `
  ALTER TABLE article_entities ADD COLUMN type TEXT;
  ALTER TABLE article_entities ADD COLUMN country TEXT;
  ALTER TABLE article_entities ADD COLUMN date TEXT;
  UPDATE article_entities SET
    type = (SELECT type FROM entities e WHERE e.id = entity_id),
    country = (SELECT country FROM entities e WHERE e.id = entity_id),
    date = (SELECT date FROM articles a WHERE a.rowid = article);
  DROP INDEX article_entities_entity;
  CREATE INDEX article_entities_entity_date ON article_entities(entity_id, date, article);
  CREATE INDEX article_entities_type ON article_entities(type, article);
  CREATE INDEX article_entities_country ON article_entities(country, article);
  `,
  // v4: the entity page reads a few precomputed rows instead of thousands, and a save rewrites fewer pages.
  // - On the entity row, which every save already rewrites for its counters (so they cost no extra page):
  //   quote_count, the monthly mention timeline as JSON, and mention_magnitude (see magnitude() in
  //   ../rows.ts). The rank indexes use the magnitude: an index on mention_count itself moved on every
  //   save of every entity (two random index pages each); this one moves only when a count doubles.
  // - article_entity_sets: an article's distinct global entity ids in one short row, so co-mentions over
  //   200 articles read 200 rows, not ~6,000.
  // - quotes carry their article's date: an entity's latest quotes are the first entries of one index.
  // - article_entities: mentions join the entity index (the article list and the co-mention sample read
  //   the index alone); the type index goes (types are unselective: the type filter checks each candidate
  //   article's own rows instead).
  `
  ALTER TABLE entities ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN timeline TEXT NOT NULL DEFAULT '{}';
  ALTER TABLE entities ADD COLUMN mention_magnitude INTEGER NOT NULL DEFAULT 0;
  UPDATE entities SET
    mention_magnitude = CASE WHEN mention_count >= 64 THEN CAST(log2(mention_count) AS INTEGER) - 5 ELSE 0 END,
    quote_count = (SELECT count(*) FROM quotes WHERE speaker_entity = entities.id),
    timeline = coalesce((SELECT json_group_object(period, n) FROM
      (SELECT substr(date, 1, 7) AS period, sum(mentions) AS n FROM article_entities
       WHERE entity_id = entities.id AND date IS NOT NULL GROUP BY period ORDER BY period)), '{}');
  DROP INDEX entities_type;
  CREATE INDEX entities_type_magnitude ON entities(type, mention_magnitude);
  CREATE INDEX entities_magnitude ON entities(mention_magnitude);

  CREATE TABLE article_entity_sets (article INTEGER PRIMARY KEY, ids TEXT NOT NULL);
  INSERT INTO article_entity_sets (article, ids)
    SELECT article, group_concat(DISTINCT entity_id) FROM article_entities GROUP BY article;

  ALTER TABLE quotes ADD COLUMN date TEXT;
  UPDATE quotes SET date = (SELECT date FROM articles a WHERE a.rowid = quotes.article);
  DROP INDEX quotes_speaker;
  CREATE INDEX quotes_speaker_date ON quotes(speaker_entity, date DESC, article DESC, start);

  DROP INDEX article_entities_type;
  DROP INDEX article_entities_entity_date;
  CREATE INDEX article_entities_entity_date ON article_entities(entity_id, date, article, mentions);
  `,
  // v5: an article's entity set also holds its distinct entity types and countries, so search facets read
  // one short row per matching article instead of one row per entity (and count articles, as filters do).
  `
  ALTER TABLE article_entity_sets ADD COLUMN types TEXT NOT NULL DEFAULT '';
  ALTER TABLE article_entity_sets ADD COLUMN countries TEXT NOT NULL DEFAULT '';
  UPDATE article_entity_sets SET
    types = coalesce((SELECT group_concat(DISTINCT type) FROM article_entities ae WHERE ae.article = article_entity_sets.article), ''),
    countries = coalesce((SELECT group_concat(DISTINCT country) FROM article_entities ae WHERE ae.article = article_entity_sets.article), '');
  `,
];
