// Synchronous full-text indexes refresh Lucene on every commit, which was
// measured at 40-400 ms per article write, growing with the index. Updating
// them in the background makes an article write about ten times faster;
// searches may lag a write by a moment, and Store.AwaitSearch waits for
// them to catch up (loads call it when they finish).
DROP INDEX entente_names IF EXISTS;
DROP INDEX entente_evidence IF EXISTS;
CREATE FULLTEXT INDEX entente_names IF NOT EXISTS FOR (n:Country|Agency|Event|Article|Topic) ON EACH [n.name, n.aliasesText, n.title, n.topicsText] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX entente_evidence IF NOT EXISTS FOR ()-[r:EVIDENCED_BY]-() ON EACH [r.sentence] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
