// Package eval measures extraction quality: it loads hand-made gold
// annotations (the shared corpus schema: dev/gold/dNNN.json beside
// dev/articles/), runs the extractor on the matching articles and scores
// countries, agencies, events and dates with precision, recall and F1.
//
// The rules follow the corpus README so that numbers here mean the same as
// the project's held-out evaluation:
//
//   - countries and agencies are scored as sets per article; the _optional
//     lists are neither rewarded nor penalised;
//   - agencies match on country plus a canonical name: the name as written
//     and gazetteer.Canonical's name, each folded by CanonicalAgency (case,
//     "the", country words, word order, "Foreign Ministry" = "Ministry of
//     Foreign Affairs"); gold aliases count as the same agency;
//   - an event matches a gold event when the kind and the participant set
//     (order-free, or one in accept) agree and the date agrees: equal at the
//     gold precision, or listed in accept, or the gold date is null;
//     matching is one-to-one and greedy, best pair first; a prediction that
//     matches an optional gold event is neither a true nor a false positive;
//   - event-date accuracy is the share of kind+participant matches whose
//     date is right, and events are also scored ignoring dates so the
//     numbers compare with date-blind co-occurrence coders;
//   - an error profile counts the misses, the false events and the wrong
//     dates by cause (MissCauses, FalseCauses, DateErrorCauses), without
//     naming an article, so it is shown for sealed sets too: it says what
//     kind of work would find more on articles nobody reads.
//
// Score is pure; Run does the I/O (gold files, loader.Reader, extract).
package eval
