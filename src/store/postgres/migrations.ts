// Versioned schema for PostgreSQL, mirroring the SQLite one; schema_version records where a database is.
// Sortable and compared text (dates, names, sources) uses COLLATE "C": byte order like SQLite's BINARY,
// so a '~' upper bound after a partial date ("2004~") behaves the same on both stores.
/** English stemming, and diacritics folded like SQLite's remove_diacritics when the unaccent extension is there. */
export const FTS_CONFIG = 'dossier_english';

export const migrations: string[] = [
  // v1: articles with a generated weighted tsvector, cross-article entities, every fact keyed by article and offsets.
  `
  DO $$
  DECLARE unaccent_schema text;
  BEGIN
    -- unaccent is a trusted extension (a database owner may create it). It goes to public, not to our schema,
    -- so dropping one Dossier schema never drops a dictionary another schema's search uses.
    BEGIN
      CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'unaccent unavailable (%): search will be accent-sensitive', SQLERRM;
    END;
    CREATE TEXT SEARCH CONFIGURATION ${FTS_CONFIG} (COPY = pg_catalog.english);
    SELECT extnamespace::regnamespace::text INTO unaccent_schema FROM pg_extension WHERE extname = 'unaccent';
    IF unaccent_schema IS NOT NULL THEN
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION ${FTS_CONFIG} ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, english_stem',
        unaccent_schema);
    END IF;
  END $$;

  CREATE TABLE articles (
    rid integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    source text NOT NULL,
    publication text,
    volume integer,
    issue integer,
    title text,
    date text COLLATE "C",
    date_basis text NOT NULL,
    language text NOT NULL,
    url text,
    body text NOT NULL,
    sentences json NOT NULL,
    events json NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('${FTS_CONFIG}'::regconfig, coalesce(title, '')), 'A') ||
      setweight(to_tsvector('${FTS_CONFIG}'::regconfig, body), 'B')
    ) STORED
  );
  CREATE INDEX articles_date ON articles (date);
  CREATE INDEX articles_tsv ON articles USING gin (tsv);

  CREATE TABLE entities (
    id text PRIMARY KEY,
    type text NOT NULL,
    name text COLLATE "C" NOT NULL,
    country text,
    lat double precision,
    lon double precision,
    geoname_id integer,
    codes jsonb NOT NULL DEFAULT '{}',
    mention_count integer NOT NULL DEFAULT 0,
    article_count integer NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_type ON entities (type, mention_count DESC);
  CREATE INDEX entities_name ON entities (lower(name));

  -- How an entity is found again: type-scoped folded names and aliases, and PERSON~surname keys
  -- (entity_id NULL marks a surname shared by several people, never used to merge).
  CREATE TABLE entity_keys (key text PRIMARY KEY, entity_id text);
  CREATE TABLE entity_aliases (entity_id text NOT NULL, alias text COLLATE "C" NOT NULL, PRIMARY KEY (entity_id, alias));
  CREATE INDEX entity_aliases_alias ON entity_aliases (lower(alias));

  CREATE TABLE article_entities (
    article integer NOT NULL REFERENCES articles (rid),
    local_id text NOT NULL,
    entity_id text NOT NULL,
    mentions integer NOT NULL,
    PRIMARY KEY (article, local_id)
  );
  CREATE INDEX article_entities_entity ON article_entities (entity_id, article);

  -- seq is the fact's position in the extraction: a primary key and the tie-break that keeps input order.
  CREATE TABLE mentions (
    article integer NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
    text text NOT NULL, type text NOT NULL, local_id text, entity_id text,
    PRIMARY KEY (article, seq)
  );

  CREATE TABLE roles (
    article integer NOT NULL, seq integer NOT NULL,
    entity_id text NOT NULL, title text COLLATE "C" NOT NULL, "of" text, date text COLLATE "C",
    PRIMARY KEY (article, seq)
  );
  CREATE INDEX roles_entity ON roles (entity_id, date);

  CREATE TABLE quotes (
    article integer NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
    kind text NOT NULL, speaker_local text, speaker_entity text, speaker_text text,
    speaker_start integer, speaker_end integer,
    cue text, cue_start integer, cue_end integer,
    PRIMARY KEY (article, seq)
  );
  CREATE INDEX quotes_speaker ON quotes (speaker_entity);

  CREATE TABLE citations (
    article integer NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, raw text NOT NULL,
    source text COLLATE "C", local_id text, entity_id text, date text COLLATE "C", malformed boolean NOT NULL, form text,
    PRIMARY KEY (article, seq)
  );
  CREATE INDEX citations_source ON citations (lower(source));

  CREATE TABLE quantities (
    article integer NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
    value double precision NOT NULL, value_max double precision, unit text, year integer, about text,
    PRIMARY KEY (article, seq)
  );

  CREATE TABLE dates (
    article integer NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
    date text, precision text NOT NULL, range_from text, range_to text,
    PRIMARY KEY (article, seq)
  );
  `,
  // v2: per-entity aggregates kept at write time, as in SQLite's v4: the quote count and the monthly mention
  // timeline on the entity row, and each quote's article date, so a speaker's latest quotes head one index.
  `
  ALTER TABLE entities ADD COLUMN quote_count integer NOT NULL DEFAULT 0;
  ALTER TABLE entities ADD COLUMN timeline jsonb NOT NULL DEFAULT '{}';
  UPDATE entities e SET
    quote_count = (SELECT count(*) FROM quotes q WHERE q.speaker_entity = e.id),
    timeline = coalesce((SELECT jsonb_object_agg(period, n) FROM
      (SELECT substr(a.date, 1, 7) AS period, sum(ae.mentions)::int AS n FROM article_entities ae JOIN articles a ON a.rid = ae.article
       WHERE ae.entity_id = e.id AND a.date IS NOT NULL GROUP BY 1) t), '{}');
  ALTER TABLE quotes ADD COLUMN date text COLLATE "C";
  UPDATE quotes q SET date = a.date FROM articles a WHERE a.rid = q.article;
  DROP INDEX quotes_speaker;
  CREATE INDEX quotes_speaker_date ON quotes (speaker_entity, date DESC NULLS LAST, article DESC, start, seq);
  `,
];
