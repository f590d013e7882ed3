package events

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Column counts of the datasets.
const (
	gdelt1Short  = 57
	gdelt1Long   = 58
	gdelt2Width  = 61
	mentionWidth = 16
	icewsWidth   = 20
)

// gdeltColumns names the GDELT 2.0 export columns (GDELT 1.0 lacks the ADM2
// codes, and backfiles SOURCEURL).
var gdeltColumns = func() []string {
	cols := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, a+f)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			cols = append(cols, g+f)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}()

var mentionColumns = []string{"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
	"Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"}

var icewsColumns = []string{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
	"CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
	"Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"}

// splitTabs splits s at tabs into dst and returns the number of fields,
// which may be more than len(dst) (then dst holds the first len(dst)).
func splitTabs(s string, dst []string) int {
	n := 0
	for {
		i := strings.IndexByte(s, '\t')
		if n == len(dst) {
			return n + 1 + strings.Count(s, "\t")
		}
		if i < 0 {
			dst[n] = s
			return n + 1
		}
		dst[n] = s[:i]
		s = s[i+1:]
		n++
	}
}

var (
	gdelt2Idx = seq(gdelt2Width)
	gdelt1Idx = func() []int { // GDELT 1.0 columns in terms of the 2.0 names: no ADM2Code
		var idx []int
		for i := range gdelt2Width {
			name := gdeltColumns[i]
			if !strings.HasSuffix(name, "ADM2Code") {
				idx = append(idx, i)
			}
		}
		return idx
	}()
	mentionIdx = seq(mentionWidth)
	icewsIdx   = seq(icewsWidth)
)

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// parseGDELT parses a GDELT 1.0 or 2.0 event row.
func (r *Reader) parseGDELT(line []byte, ev *Event) *RowError {
	p := r.parser()
	if !utf8.Valid(line) {
		return rowErr(r.name, r.line, "", "", ErrUTF8)
	}
	if e := r.textErr(line); e != nil {
		return e
	}
	s := string(line)
	n := splitTabs(s, p.f[:])
	v2 := r.dataset == GDELT2
	switch {
	case v2 && n != gdelt2Width:
		return widthErr(r.name, r.line, n, "61 (GDELT 2.0)")
	case !v2 && n != gdelt1Short && n != gdelt1Long:
		return widthErr(r.name, r.line, n, "57 or 58 (GDELT 1.0)")
	}
	if v2 {
		p.setup(r.name, r.line, gdeltColumns, gdelt2Idx)
	} else {
		p.setup(r.name, r.line, gdeltColumns, gdelt1Idx)
	}
	f := &p.f
	ev.Dataset = r.dataset
	ev.Pos = Pos{r.name, r.line}
	p.uint(0)
	ev.ID = f[0]
	ev.Date = p.ymd(1)
	p.uint(2)
	p.uint(3)
	if !isDecimal(f[4]) {
		p.fail(4, ErrNumber)
	}
	gdeltActor(f[5:15], &ev.Actor1)
	gdeltActor(f[15:25], &ev.Actor2)
	switch f[25] {
	case "1":
		ev.IsRoot = true
	case "0":
	default:
		p.fail(25, ErrNumber)
	}
	ev.Code = p.code(26)
	ev.BaseCode = p.prefixOf(27, ev.Code, 3)
	ev.RootCode = p.prefixOf(28, ev.Code, 2)
	ev.QuadClass = p.int(29)
	ev.Goldstein = p.goldstein(30)
	ev.NumMentions = p.int(31)
	ev.NumSources = p.int(32)
	ev.NumArticles = p.int(33)
	ev.AvgTone = p.float(34)
	if v2 {
		p.geo(35, true, &ev.Actor1Geo)
		p.geo(43, true, &ev.Actor2Geo)
		p.geo(51, true, &ev.ActionGeo)
		ev.Added = p.stamp(59)
		ev.SourceURL = f[60]
	} else {
		p.geo(35, false, &ev.Actor1Geo)
		p.geo(42, false, &ev.Actor2Geo)
		p.geo(49, false, &ev.ActionGeo)
		ev.Added = p.stamp(56)
		if n == gdelt1Long {
			ev.SourceURL = f[57]
		}
	}
	if p.err != nil {
		return p.err
	}
	return nil
}

// gdeltActor reads the ten columns of a GDELT actor. Codes are trimmed: real
// rows have codes such as " UIS".
func gdeltActor(f []string, a *Actor) {
	a.Code, a.Name, a.Country, a.KnownGroup, a.Ethnic = trim(f[0]), f[1], trim(f[2]), trim(f[3]), trim(f[4])
	a.Religion = [2]string{trim(f[5]), trim(f[6])}
	a.Types = [3]string{trim(f[7]), trim(f[8]), trim(f[9])}
}

// trim removes surrounding spaces, quickly when there are none.
func trim(s string) string {
	if s == "" || s[0] != ' ' && s[len(s)-1] != ' ' {
		return s
	}
	return strings.TrimSpace(s)
}

func (p *parser) geo(i int, adm2 bool, g *Geo) {
	f := &p.f
	g.Type = p.intOr(i, 0)
	g.FullName, g.CountryCode, g.ADM1Code = f[i+1], f[i+2], f[i+3]
	j := i + 4
	if adm2 {
		g.ADM2Code = f[j]
		j++
	}
	g.Lat, g.Long, g.FeatureID = p.coord(j), p.coord(j+1), f[j+2]
}

// na reads an ICEWS text field: "NA" is missing.
func na(s string) string {
	if s == "NA" {
		return ""
	}
	return s
}

// parseICEWS parses an ICEWS row.
func (r *Reader) parseICEWS(line []byte, ev *Event) *RowError {
	p := r.parser()
	if !utf8.Valid(line) {
		return rowErr(r.name, r.line, "", "", ErrUTF8)
	}
	if e := r.textErr(line); e != nil {
		return e
	}
	s := string(line)
	if n := splitTabs(s, p.f[:icewsWidth]); n != icewsWidth {
		return widthErr(r.name, r.line, n, "20 (ICEWS)")
	}
	p.setup(r.name, r.line, icewsColumns, icewsIdx)
	f := &p.f
	ev.Dataset = ICEWS
	ev.Pos = Pos{r.name, r.line}
	p.uint(0)
	ev.ID = f[0]
	ev.Date = p.isoDay(1)
	icewsActor(f[2], f[3], f[4], &ev.Actor1)
	ev.Text = na(f[5])
	ev.Code = p.code(6)
	ev.BaseCode = ev.Code[:min(3, len(ev.Code))]
	ev.RootCode = ev.Code[:min(2, len(ev.Code))]
	ev.IsRoot = true
	ev.Goldstein = p.goldstein(7)
	icewsActor(f[8], f[9], f[10], &ev.Actor2)
	ev.StoryID = na(f[11])
	if ev.StoryID != "" {
		p.uint(11)
	}
	if f[12] != "NA" {
		ev.Sentence = p.int(12)
	}
	ev.Publisher = na(f[13])
	ev.ActionGeo = Geo{FullName: joinPlace(f[14], f[15], f[16], f[17]), Lat: p.coord(18), Long: p.coord(19)}
	if p.err != nil {
		return p.err
	}
	return nil
}

func icewsActor(name, sectors, country string, a *Actor) {
	a.Name, a.Sectors, a.CountryName = na(name), na(sectors), na(country)
	a.Country = countryCode(a.CountryName)
}

// joinPlace joins the ICEWS place names that are not NA.
func joinPlace(parts ...string) string {
	var b strings.Builder
	for _, s := range parts {
		if s == "" || s == "NA" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	return b.String()
}

// parseMention parses a GDELT 2.0 mentions row.
func (r *Reader) parseMention(line []byte, m *Mention) *RowError {
	p := r.parser()
	if !utf8.Valid(line) {
		return rowErr(r.name, r.line, "", "", ErrUTF8)
	}
	if e := r.textErr(line); e != nil {
		return e
	}
	s := string(line)
	if n := splitTabs(s, p.f[:mentionWidth]); n != mentionWidth {
		return widthErr(r.name, r.line, n, "16 (GDELT 2.0 mentions)")
	}
	p.setup(r.name, r.line, mentionColumns, mentionIdx)
	f := &p.f
	m.Pos = Pos{r.name, r.line}
	p.uint(0)
	m.EventID = f[0]
	m.EventTime = p.stamp(1)
	m.MentionTime = p.stamp(2)
	m.Type = p.int(3)
	m.SourceName, m.Identifier = f[4], f[5]
	m.Sentence = p.intOr(6, 0)
	m.Actor1Offset = p.intOr(7, -1)
	m.Actor2Offset = p.intOr(8, -1)
	m.ActionOffset = p.intOr(9, -1)
	m.InRawText = p.intOr(10, 0) == 1
	m.Confidence = p.intOr(11, 0)
	m.DocLen = p.intOr(12, 0)
	if f[13] != "" {
		m.DocTone = p.float(13)
	}
	m.Translation = f[14]
	if p.err != nil {
		return p.err
	}
	return nil
}

// badTextAt returns the offset in s of the first character no output can
// carry (see actors.ValidateText): a control character other than tab,
// newline and carriage return, U+FFFE or U+FFFF; or -1. s is UTF-8.
func badTextAt(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			return i
		case c == 0xef && i+2 < len(s) && s[i+1] == 0xbf && (s[i+2] == 0xbe || s[i+2] == 0xbf):
			return i
		}
	}
	return -1
}

// textErr returns an ErrText row error for a line holding a character no
// output can carry, naming its column (counted from 1), or nil.
func (r *Reader) textErr(line []byte) *RowError {
	i := badTextAt(string(line))
	if i < 0 {
		return nil
	}
	col := 1 + bytes.Count(line[:i], []byte{'\t'})
	field := line[bytes.LastIndexByte(line[:i], '\t')+1:]
	if end := bytes.IndexByte(field, '\t'); end >= 0 {
		field = field[:end]
	}
	return rowErr(r.name, r.line, fmt.Sprintf("column %d", col), strconv.QuoteToASCII(string(field)), ErrText)
}
