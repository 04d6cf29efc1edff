package neo4jstore

// SetFailAt makes SaveArticle fail right after the named write step, so
// tests can prove that a failed article writes nothing.
func SetFailAt(s *Store, step string) { s.failAt = step }
