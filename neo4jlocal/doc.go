// Package neo4jlocal runs Neo4j Community on this machine without Docker: an
// embedded DBMS inside a small Java launcher (launcher/Launcher.java, GPLv3
// like Neo4j), with Bolt on 127.0.0.1 and nothing else exposed.
//
// Install fetches Neo4j's jars once with Maven (launcher/pom.xml) into
// <Home>/lib and compiles the launcher into <Home>/classes; both steps are
// skipped when a marker file shows they are up to date. Start runs the JVM
// detached in its own process group, with its data, logs and pid file under
// DataDir (default Home), and returns once the launcher reports that the
// "neo4j" database is available and the Bolt port answers. Stop sends
// SIGTERM (the launcher's shutdown hook closes the DBMS cleanly) and SIGKILL
// after a grace period. Run starts a throwaway instance (temporary data,
// shared jars, free port) around a command, with NEO4J_URI and friends in
// the command's environment, and always tears it down.
//
// The Go side talks to that process only over Bolt. The package reads no
// environment variables: package main maps flags and environment to Config.
// Process control uses POSIX process groups and signals, so Start, Stop and
// Run need a Unix-like system.
package neo4jlocal
