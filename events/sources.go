package events

import (
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/date"
	"github.com/diplograph/diplograph/graph"
)

// Source IDs that stand for no document of their own.
const (
	// BackfileSource is the source of GDELT 1.0 backfile events, which name
	// no document.
	BackfileSource = "gdelt1-backfile"
)

// urlHost returns the lower-case host of an http(s) URL, or "".
func urlHost(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// URLSourceID returns the source ID for a document URL: its host and 16 hex
// digits of the FNV-1a hash of the whole URL, such as
// "www.heraldsun.com.au-4f0c1a9e2b7d3c55". Equal URLs give equal IDs.
func URLSourceID(u string) string {
	host := urlHost(u)
	if len(host) > 100 || graph.ValidateID(host) != nil {
		host = "url"
	}
	return host + "-" + hash16(u)
}

// publisherSource returns the source for a publisher named without a
// document, such as GDELT's "BBC Monitoring".
func publisherSource(name, note string) graph.Source {
	return graph.Source{ID: "publisher-" + slug(name, 100), Publisher: strings.Clone(name), Note: note}
}

// eventSource returns the source document an event cites and the citation.
//
//   - GDELT with a URL in SOURCEURL: one source per URL, its publisher the
//     host without "www.", its date that of DATEADDED.
//   - GDELT with a name in SOURCEURL ("BBC Monitoring"): one source per
//     name, with no URL.
//   - GDELT 1.0 backfiles (no SOURCEURL): the shared source BackfileSource.
//   - ICEWS: one source per story ("icews-story-47400351"), its publisher
//     ICEWS's Publisher; the citation notes the sentence.
func eventSource(ev *Event) (graph.Source, graph.Evidence) {
	switch {
	case ev.Dataset == ICEWS:
		note := fmt.Sprintf("ICEWS event %s, sentence %d", ev.ID, ev.Sentence)
		if ev.StoryID == "" {
			s := publisherSource(nonEmpty(ev.Publisher, "ICEWS"), "ICEWS event without a story ID")
			return s, graph.Evidence{Source: s.ID, Note: note}
		}
		s := graph.Source{ID: "icews-story-" + ev.StoryID, Publisher: strings.Clone(ev.Publisher),
			Note: "ICEWS story " + ev.StoryID}
		return s, graph.Evidence{Source: s.ID, Note: note}
	case ev.URL() != "":
		u := strings.Clone(ev.SourceURL)
		s := graph.Source{ID: URLSourceID(u), Publisher: strings.TrimPrefix(urlHost(u), "www."), URL: u}
		if d, err := date.FromTime(ev.Added); err == nil && !ev.Added.IsZero() {
			s.Date = d // GDELT's DATEADDED has four-digit years, so err is nil for every row that parsed
		}
		return s, graph.Evidence{Source: s.ID, Note: "GDELT event " + ev.ID}
	case ev.SourceURL != "":
		s := publisherSource(ev.SourceURL, "named by GDELT's SOURCEURL, which gives no document")
		return s, graph.Evidence{Source: s.ID, Note: "GDELT event " + ev.ID}
	}
	s := graph.Source{ID: BackfileSource, Title: "GDELT 1.0 historical backfile", Publisher: "The GDELT Project",
		Note: "GDELT 1.0 backfile rows (to March 2013) name no source document"}
	return s, graph.Evidence{Source: s.ID, Note: "GDELT event " + ev.ID}
}

// eventSourceID returns the ID of the source eventSource makes for ev, for
// the sources of documents: ICEWS stories and GDELT URLs; "" for others.
func eventSourceID(ev *Event) string {
	switch {
	case ev.Dataset == ICEWS && ev.StoryID != "":
		return "icews-story-" + ev.StoryID
	case ev.Dataset != ICEWS && ev.URL() != "":
		return URLSourceID(ev.SourceURL)
	}
	return ""
}

// mentionSource returns the document of a GDELT 2.0 mention and the
// citation: a web mention's URL as for events, else one source per
// identifier (a citation or DOI, kept in the source's note, not as a URL).
func mentionSource(m *Mention) (graph.Source, graph.Evidence) {
	note := fmt.Sprintf("GDELT mention of event %s, sentence %d, confidence %d%%", m.EventID, m.Sentence, m.Confidence)
	var s graph.Source
	if u := m.URL(); u != "" {
		u = strings.Clone(u)
		s = graph.Source{ID: URLSourceID(u), Publisher: strings.Clone(nonEmpty(m.SourceName, strings.TrimPrefix(urlHost(u), "www."))), URL: u}
	} else {
		s = graph.Source{ID: slug(nonEmpty(m.SourceName, "mention"), 100) + "-" + hash16(m.Identifier),
			Publisher: strings.Clone(m.SourceName), Note: strings.Clone(m.Identifier)}
	}
	if d, err := date.FromTime(m.MentionTime.In(time.UTC)); err == nil && !m.MentionTime.IsZero() {
		s.Date = d // MentionTimeDate has four-digit years, so err is nil for every row that parsed
	}
	return s, graph.Evidence{Source: s.ID, Note: note}
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// hash16 returns 16 hex digits of the FNV-1a hash of s.
func hash16(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())
}
