// Uniqueness constraints on every natural key (Community Edition supports
// property uniqueness only). Each constraint also gives a range index.
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (n:Agency) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (n:Topic) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT day_date IF NOT EXISTS FOR (n:Day) REQUIRE n.date IS UNIQUE;
CREATE CONSTRAINT month_key IF NOT EXISTS FOR (n:Month) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT year_year IF NOT EXISTS FOR (n:Year) REQUIRE n.year IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (n:Migration) REQUIRE n.version IS UNIQUE;

// Range indexes for timeline filters and for finding resolution candidates.
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start);
CREATE INDEX event_end IF NOT EXISTS FOR (n:Event) ON (n.end);
CREATE INDEX event_sort_date IF NOT EXISTS FOR (n:Event) ON (n.sortDate);
CREATE INDEX event_pair IF NOT EXISTS FOR (n:Event) ON (n.pair);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);

// Full-text search over names, aliases, titles and topics, and over evidence sentences.
CREATE FULLTEXT INDEX entente_names IF NOT EXISTS FOR (n:Country|Agency|Event|Article|Topic) ON EACH [n.name, n.aliasesText, n.title, n.topicsText];
CREATE FULLTEXT INDEX entente_evidence IF NOT EXISTS FOR ()-[r:EVIDENCED_BY]-() ON EACH [r.sentence];
