// Package loader turns news articles into graph facts: it reads sources
// (files, directories, globs, stdin, URLs, JSON lines), decodes and cleans
// them (HTML main text, SGML/TimeML wires, Markdown posts, scraping noise),
// finds their metadata (title, source, dateline, publication date), runs the
// pure extractor (package extract) and hands each article's facts to a
// graph.Writer in one transaction.
package loader
