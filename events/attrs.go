package events

// Keys of the Attrs of the relations an [Ingester] makes: event metadata that
// [graph.Relation] and [graph.Evidence] have no field for. The keys and the
// form of their values are a contract: scenario files and exports keep them.
// Numbers are written in Go's shortest form ("2.8", "-4.4", "18"); means are
// rounded to 4 decimals. Keys that do not apply to a relation are absent.
const (
	// AttrDataset is the data set the events came from: "gdelt1", "gdelt2"
	// or "icews"; for an aggregate of several, their names sorted and
	// joined by ",".
	AttrDataset = "dataset"
	// AttrCAMEO is the CAMEO event code, a string of digits ("0411"); for an
	// aggregate, the distinct codes sorted and joined by ",".
	AttrCAMEO = "cameo"
	// AttrGoldstein is the event's Goldstein value as the row gives it
	// (GDELT GoldsteinScale, ICEWS Intensity), signed, -10 to 10; for an
	// aggregate, the mean over its events.
	AttrGoldstein = "goldstein"
	// AttrMirrored is the number of the relation's events that were coded
	// in both directions and folded into one (see "Mirrored and repeated
	// events" in the package documentation): "1" for a single folded
	// pair. Absent when none were. The number of events itself is
	// Relation.Count (the former "count" attribute).
	AttrMirrored = "mirrored"
	// AttrRepeats is the number of rows folded into the relation's events
	// as repeats (the same document, day, code and sides). Absent when none
	// were.
	AttrRepeats = "repeats"
	// AttrPeriod is an aggregate's period: "day", "week" (ISO week, Monday
	// to Sunday) or "month". Absent when events are kept one by one.
	AttrPeriod = "period"
	// AttrDateAdded is GDELT's DATEADDED: RFC 3339 in UTC for GDELT 2.0
	// ("2018-01-01T00:00:00Z"), a day for GDELT 1.0 ("2013-04-01"); for an
	// aggregate, the latest. Absent for ICEWS.
	AttrDateAdded = "date_added"
	// AttrEvidenceOmitted is the number of citations left out because the
	// relation reached Options.MaxEvidence. Absent when none were.
	AttrEvidenceOmitted = "evidence_omitted"

	// AttrGDELTEventID is the GLOBALEVENTID of a single GDELT event.
	AttrGDELTEventID = "gdelt.event_id"
	// AttrGDELTNumMentions, AttrGDELTNumSources and AttrGDELTNumArticles
	// are GDELT's NumMentions, NumSources and NumArticles; summed over an
	// aggregate.
	AttrGDELTNumMentions = "gdelt.num_mentions"
	AttrGDELTNumSources  = "gdelt.num_sources"
	AttrGDELTNumArticles = "gdelt.num_articles"
	// AttrGDELTAvgTone is GDELT's AvgTone (-100 to 100); the mean over an
	// aggregate's events.
	AttrGDELTAvgTone = "gdelt.avg_tone"
	// AttrGDELTIsRoot is IsRootEvent of a single event, "1" or "0"; for an
	// aggregate, AttrGDELTRootEvents counts its root events instead.
	AttrGDELTIsRoot     = "gdelt.is_root"
	AttrGDELTRootEvents = "gdelt.root_events"
	// AttrGDELTQuadClass is QuadClass of a single event, "1" to "4".
	AttrGDELTQuadClass = "gdelt.quad_class"

	// AttrICEWSEventID is the Event ID of a single ICEWS event.
	AttrICEWSEventID = "icews.event_id"
	// AttrICEWSStoryID and AttrICEWSSentence say where in which story a
	// single ICEWS event was coded.
	AttrICEWSStoryID  = "icews.story_id"
	AttrICEWSSentence = "icews.sentence"
	// AttrICEWSEventText is ICEWS's Event Text: the event type in words.
	AttrICEWSEventText = "icews.event_text"
)
