package pushdown

import (
	"fmt"
	"strings"
)

// sideCols are the columns of a side as the row codes it: the fold key's.
var sideCols = []string{"code", "country", "grp", "type"}

// fold writes the CTEs that fold mirrored and repeated events as the
// ingester does (package events, "Mirrored and repeated events"): rows of
// one document, day, code and raw sides are one event, its first row in
// GLOBALEVENTID order the event and the others repeats; a group whose code
// has a mirror rule and whose swapped group came first is that group's
// mirror half, and the pair is one event of the mirror kind.
func (w *writer) fold() {
	key := []string{"doc", "day", "code"}
	for _, a := range []string{"1", "2"} {
		for _, c := range sideCols {
			key = append(key, "a"+a+"_"+c)
		}
	}
	doc := "CASE WHEN (STARTS_WITH(url, 'http://') OR STARTS_WITH(url, 'https://')) AND LENGTH(url) > 8 THEN url END"
	if w.o.KeepDoubleCoded {
		doc = "CASE WHEN FALSE THEN url END" // every row an event of its own
	}
	w.line("documented AS (")
	w.line("  -- the document an event was coded from: its SOURCEURL when that is a URL; rows without one are never folded")
	w.line("  SELECT k.*, %s AS doc", doc)
	w.line("  FROM kept k")
	w.line("),")
	w.line("grouped AS (")
	w.line("  -- rows of one document, day, code and sides (as coded) are one event: its first row, and repeats")
	w.line("  SELECT d.*, CASE WHEN doc IS NULL THEN id ELSE MIN(id) OVER (PARTITION BY %s) END AS head", strings.Join(key, ", "))
	w.line("  FROM documented d")
	w.line("),")
	var on []string
	for _, c := range []string{"doc", "day", "code"} {
		on = append(on, fmt.Sprintf("o.%s = h.%s", c, c))
	}
	for _, c := range sideCols {
		on = append(on, fmt.Sprintf("o.a1_%s = h.a2_%s", c, c), fmt.Sprintf("o.a2_%s = h.a1_%s", c, c))
	}
	w.line("heads AS (")
	w.line("  SELECT g.* FROM grouped g WHERE g.doc IS NOT NULL AND g.id = g.head AND g.code IN (SELECT code FROM mirrors)")
	w.line("),")
	w.line("halves AS (")
	w.line("  -- a group whose code is reciprocal and whose swapped group came first is that group's mirror half")
	w.line("  SELECT h.id AS half, o.id AS event")
	w.line("  FROM heads h JOIN heads o ON %s", strings.Join(on, "\n    AND "))
	w.line("  WHERE o.id < h.id")
	w.line("),")
	w.line("paired AS (")
	w.line("  SELECT g.*, COALESCE(x.event, g.head) AS event FROM grouped g LEFT JOIN halves x ON x.half = g.head")
	w.line("),")
	w.line("folded AS (")
	w.line("  -- the event's values are its first row's; a mirror pair is one event of the mirror kind, from the smaller actor ID")
	w.line("  -- (a pair of a kind other than its first half's moves there: that half's rows stay cited where it stood)")
	w.line("  SELECT p.*, e.half, e.kind2, e.from_id, e.to_id, e.from_country, e.to_country, e.moved,")
	w.line("    NOT e.moved OR p.id >= e.half AS cites")
	w.line("  FROM paired p JOIN (")
	w.line("    SELECT f.id AS event, x.half,")
	w.line("      CASE WHEN x.half IS NOT NULL THEN mr.kind ELSE f.kind END AS kind2,")
	w.line("      x.half IS NOT NULL AND mr.kind <> f.kind AS moved,")
	swap := "(x.half IS NOT NULL OR sk.kind IS NOT NULL) AND f.actor1 > f.actor2"
	if w.o.KeepDoubleCoded {
		swap = "FALSE"
	}
	w.line("      CASE WHEN %s THEN f.actor2 ELSE f.actor1 END AS from_id,", swap)
	w.line("      CASE WHEN %s THEN f.actor1 ELSE f.actor2 END AS to_id,", swap)
	w.line("      CASE WHEN %s THEN f.c2 ELSE f.c1 END AS from_country,", swap)
	w.line("      CASE WHEN %s THEN f.c1 ELSE f.c2 END AS to_country", swap)
	w.line("    FROM grouped f")
	w.line("    LEFT JOIN halves x ON x.event = f.id")
	w.line("    LEFT JOIN mirrors mr ON mr.code = f.code")
	w.line("    LEFT JOIN symmetric_kinds sk ON sk.kind = f.kind")
	w.line("    WHERE f.id = f.head")
	w.line("  ) e ON e.event = p.event")
	w.line("),")
}

// aggregate writes the evidence CTEs and the final SELECT: one row per
// relation.
func (w *writer) aggregate(maxEv int) {
	o := w.o
	group := "from_id, from_country, to_id, to_country, kind2, period_start"
	w.line("cited AS (")
	w.line("  -- a relation's rows cite their documents in GLOBALEVENTID order, each document once; the rows of the")
	w.line("  -- first half of a mirror pair were cited where the pair's first half stood, and moved out with it")
	w.line("  SELECT f.*,")
	w.line("    ROW_NUMBER() OVER (PARTITION BY %s, url, cites ORDER BY id) AS nth_cite,", group)
	w.line("    ROW_NUMBER() OVER (PARTITION BY %s, url, cites, role = 'event' ORDER BY id) AS nth_role", group)
	w.line("  FROM (SELECT g.*, CASE WHEN id = half THEN 'mirror' WHEN id = event THEN 'event' ELSE 'repeat' END AS role FROM folded g) f")
	w.line("),")
	w.line("counted AS (")
	w.line("  SELECT c.*, COALESCE(SUM(CASE WHEN cites AND nth_cite = 1 THEN 1 ELSE 0 END) OVER (")
	w.line("    PARTITION BY %s ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS cited_before", group)
	w.line("  FROM cited c")
	w.line("),")
	w.line("judged AS (")
	w.line("  -- a folded row whose document the relation cites already names itself in that citation's note, whatever the cap")
	w.line("  SELECT j.*, role <> 'event' AND nth_cite > 1 AND first_before < %d AS found", max(maxEv, 0))
	w.line("  FROM (SELECT c.*, MAX(CASE WHEN nth_cite = 1 THEN cited_before END) OVER (PARTITION BY %s, url, cites) AS first_before", group)
	w.line("    FROM counted c) j")
	w.line(")")

	// The rows the decoder replays: each document's first citation, and the
	// folded rows whose notes name them (a note stops growing at 240
	// characters, 16 rows at the most); the other rows change nothing seen.
	omitted := "0"
	cite := "cites AND (role = 'event' AND nth_cite = 1 OR role <> 'event' AND nth_role <= 16)"
	if maxEv >= 0 {
		omitted = fmt.Sprintf("SUM(CASE WHEN cites AND cited_before >= %d AND NOT found THEN 1 ELSE 0 END)", maxEv)
		cite = fmt.Sprintf("cites AND (role = 'event' AND nth_cite = 1 AND cited_before < %d OR role <> 'event' AND nth_role <= 16 AND (found OR cited_before < %d))", maxEv, maxEv)
	}
	head := "id = event"
	w.line("SELECT")
	w.line("  '%s' AS dataset,", w.q.Dataset)
	w.line("  from_id AS actor1,")
	w.line("  from_country AS actor1_country,")
	w.line("  to_id AS actor2,")
	w.line("  to_country AS actor2_country,")
	w.line("  kind2 AS kind,")
	w.line("  '%s' AS period,", o.Aggregate)
	w.line("  period_start,")
	w.line("  SUM(CASE WHEN %s THEN 1 ELSE 0 END) AS events,", head)
	w.line("  SUM(CASE WHEN %s THEN goldstein END) AS goldstein_sum,", head)
	w.line("  AVG(CASE WHEN %s THEN goldstein END) AS goldstein_mean,", head)
	w.line("  SUM(CASE WHEN %s THEN ABS(goldstein) END) AS goldstein_abs_sum,", head)
	w.line("  SUM(CASE WHEN %s THEN num_mentions END) AS num_mentions,", head)
	w.line("  SUM(CASE WHEN %s THEN num_sources END) AS num_sources,", head)
	w.line("  SUM(CASE WHEN %s THEN num_articles END) AS num_articles,", head)
	w.line("  AVG(CASE WHEN %s THEN avg_tone END) AS avg_tone,", head)
	w.line("  SUM(CASE WHEN %s THEN is_root ELSE 0 END) AS root_events,", head)
	w.line("  SUM(CASE WHEN id = half THEN 1 ELSE 0 END) AS mirrored,")
	w.line("  SUM(CASE WHEN id <> event AND id <> COALESCE(half, -1) THEN 1 ELSE 0 END) AS repeats,")
	w.line("  %s AS first_date,", w.d.day("MIN(day)"))
	w.line("  %s AS last_date,", w.d.day("MAX(day)"))
	w.line("  MAX(CASE WHEN id = CASE WHEN moved THEN half ELSE event END THEN added END) AS date_added,")
	w.line("  STRING_AGG(DISTINCT CASE WHEN %s THEN code END, ',' ORDER BY CASE WHEN %s THEN code END) AS cameo,", head, head)
	w.line("  %s AS evidence_omitted,", omitted)
	w.line("  %s AS evidence", w.d.evidence(cite))
	w.line("FROM judged")
	w.line("GROUP BY %s", group)
	w.line("ORDER BY period_start, from_id, to_id, kind2, from_country, to_country")
}
