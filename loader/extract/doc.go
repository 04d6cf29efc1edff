// Package extract turns the cleaned text of one news article into facts:
// countries, agencies, events (meetings, accords, changes of diplomatic
// relations) with their dates, participants, places, topics, status and the
// sentence that is evidence for each, plus every date mention.
//
// It is pure: no I/O, no clock, no globals that change. The same Input always
// gives the same Result. Its JSON form (Result) is the `entente extract
// --json` contract documented in the README.
package extract
