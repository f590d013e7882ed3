// Package csvsafe keeps CSV cells from running as formulas when a CSV file
// is opened in a spreadsheet (CSV or formula injection): a text cell that
// starts with '=', '+', '-', '@', a tab, a carriage return or a line feed,
// and is not a plain number, is written with a leading apostrophe, which
// spreadsheets read as "this is text" and do not show.
//
// The line feed is in the set so that the guard survives the one change CSV
// readers make to a cell: Go's encoding/csv reads "\r\n" inside a quoted cell
// as "\n" (Python's csv keeps it), and a guarded "\r\n=1" must read back
// through [Uncell] as the same text either way.
package csvsafe

import (
	"strconv"
	"strings"
)

// Cell returns s as it is safe to write in a CSV cell: s itself, or s
// behind one more apostrophe if, past its leading apostrophes, a
// spreadsheet would read it as a formula. Numbers such as "-1" or "+2.5e3"
// are left as they are. [Uncell] gives back exactly the string that went
// in, also for text that starts with apostrophes of its own.
func Cell(s string) string {
	if needs(strings.TrimLeft(s, "'")) {
		return "'" + s
	}
	return s
}

// Uncell undoes [Cell]: it removes the apostrophe Cell put in front of a
// guarded cell.
func Uncell(s string) string {
	if strings.HasPrefix(s, "'") && needs(strings.TrimLeft(s, "'")) {
		return s[1:]
	}
	return s
}

// needs reports whether a spreadsheet could take s for a formula.
func needs(s string) bool {
	if s == "" || !strings.ContainsRune("=+-@\t\r\n", rune(s[0])) {
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err != nil
}
