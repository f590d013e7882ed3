package events

import (
	"time"

	"github.com/diplograph/diplograph/date"
)

// Event is one coded event: who did what to whom, when, as the source
// reported it. Fields its dataset lacks are zero.
//
// Strings of an Event share the memory of its line; keeping one field keeps
// the line alive (a few hundred bytes).
type Event struct {
	Dataset Dataset // the dataset of the file the event came from: GDELT1, GDELT2 or ICEWS
	Pos     Pos     // file and line

	// ID is the GLOBALEVENTID (GDELT) or the Event ID (ICEWS), as written.
	// ICEWS IDs are unique only with the date before 2014.
	ID    string
	Date  date.Date // the day of the event: SQLDATE, or ICEWS Event Date
	Added time.Time // DATEADDED, UTC: to the second in GDELT 2.0, the day in 1.0; zero for ICEWS

	Actor1 Actor // the source: who acts
	Actor2 Actor // the target

	Code      string  // the CAMEO event code, a string: "0411"
	BaseCode  string  // the three-digit base code: "041" (GDELT EventBaseCode; ICEWS: derived)
	RootCode  string  // the two-digit root code: "04"
	IsRoot    bool    // GDELT IsRootEvent (the event is in the lead paragraph); always true for ICEWS
	QuadClass int     // GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 for ICEWS
	Goldstein float64 // GDELT GoldsteinScale, or ICEWS Intensity: -10 (hostile) to +10 (cooperative)

	NumMentions int     // GDELT: mentions of the event in the first 15 minutes (2.0) or day (1.0)
	NumSources  int     // GDELT: distinct sources among them
	NumArticles int     // GDELT: distinct documents among them
	AvgTone     float64 // GDELT: mean tone of those documents, -100 to +100

	// SourceURL is the GDELT SOURCEURL: a URL, or in some daily files a
	// publisher's name such as "BBC Monitoring"; "" in 1.0 backfiles. Use
	// [Event.URL] for a URL only.
	SourceURL string

	Text      string // ICEWS Event Text, the event type in words: "Consult"
	StoryID   string // ICEWS Story ID
	Sentence  int    // ICEWS Sentence Number
	Publisher string // ICEWS Publisher

	Actor1Geo, Actor2Geo, ActionGeo Geo // where; ICEWS has ActionGeo only
}

// Actor is one side of an event as the data codes it.
type Actor struct {
	// Code is the GDELT actor code: country, known group, ethnic, religion
	// and type codes concatenated three letters at a time ("RUSGOV",
	// "IGOUNO"); "" for ICEWS.
	Code string
	// Name is GDELT's Actor1Name ("RUSSIA", "MOSCOW") or ICEWS's Source
	// Name ("Sergey Viktorovich Lavrov").
	Name string
	// Country is a CAMEO/ISO3 country code: GDELT Actor1CountryCode, or the
	// code of ICEWS's Source Country name; "" when none or unknown.
	Country string
	// CountryName is ICEWS's Source Country as written ("Russian
	// Federation"); "" for GDELT.
	CountryName string
	KnownGroup  string    // GDELT known-group code: "UNO", "NAT"
	Ethnic      string    // GDELT ethnic code: "ukr"
	Religion    [2]string // GDELT Religion1Code, Religion2Code
	Types       [3]string // GDELT Type1Code..Type3Code: "GOV", "MIL"
	Sectors     string    // ICEWS sectors, comma-separated: "Government,Cabinet"; "" for NA
}

// IsZero reports whether the side is missing: one-sided events are common.
func (a Actor) IsZero() bool {
	return a.Code == "" && a.Name == "" && a.Country == "" && a.CountryName == ""
}

// Geo is a place as GDELT codes it. Lat and Long are as written (checked to
// be decimal numbers, not parsed).
type Geo struct {
	Type        int    // 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state
	FullName    string // "Melbourne, Victoria, Australia"; ICEWS: city, district, province and country joined
	CountryCode string // FIPS 10-4 (RS, UP, US), not ISO: do not use as an actor country; ICEWS: ""
	ADM1Code    string // the FIPS country code and first-order division: "AS07"; ICEWS: ""
	ADM2Code    string // the second-order division (GDELT 2.0 only)
	Lat, Long   string // latitude and longitude in decimal degrees, as written; "" when unknown
	FeatureID   string // GNS or GNIS feature ID, or a country or ADM1 code for coarser places
}

// URL returns SourceURL if it is an http or https URL, else "".
func (e *Event) URL() string {
	if isURL(e.SourceURL) {
		return e.SourceURL
	}
	return ""
}

func isURL(s string) bool {
	return len(s) > 8 && (s[:7] == "http://" || s[:8] == "https://")
}

// Mention is one row of a GDELT 2.0 mentions file: a document that mentions
// an event.
type Mention struct {
	Pos         Pos       // file and line
	EventID     string    // GLOBALEVENTID of the event mentioned
	EventTime   time.Time // EventTimeDate: when the event was first added (UTC)
	MentionTime time.Time // MentionTimeDate (UTC)
	// Type is MentionType: 1 web (Identifier is a URL), 2 citation only, 3
	// CORE, 4 DTIC, 5 JSTOR, 6 non-textual.
	Type        int
	SourceName  string  // MentionSourceName: "bbc.co.uk"
	Identifier  string  // MentionIdentifier: a URL for web mentions, else a citation or DOI
	Sentence    int     // SentenceID: the sentence of the document
	Confidence  int     // percent, 10 to 100
	DocLen      int     // MentionDocLen in characters
	DocTone     float64 // MentionDocTone
	InRawText   bool    // the event was found in the raw text (not only after processing)
	Translation string  // MentionDocTranslationInfo; "" for English
	// Actor1Offset, Actor2Offset and ActionOffset are character offsets in
	// the document, -1 when absent.
	Actor1Offset, Actor2Offset, ActionOffset int
}

// URL returns the Identifier of a web mention, else "".
func (m *Mention) URL() string {
	if m.Type == 1 && isURL(m.Identifier) {
		return m.Identifier
	}
	return ""
}
