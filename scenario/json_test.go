package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// jsonCases are inputs on which the JSON parser must agree with
// encoding/json about what is well-formed.
var jsonCases = []string{
	`{}`, `[]`, `{"a":1}`, ` {"a" : [1, 2.5, -0, 1e5, 1E+5, 1.0e-5, true, false, null, "x"]} `, `{"a":{"b":{"c":[]}}}`,
	`{"a":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}`, `"x"`, `1`, `-`, `01`, `1.`, `.5`, `1e`, `+1`, `{"a":1,}`, `[1,]`, `{"a"}`,
	`{a:1}`, `{'a':1}`, `[1 2]`, `{"a":1 "b":2}`, `tru`, `nulll`, `{"a":"\x"}`, `{"a":"\u12"}`, `{"a":"\u12G4"}`, "{\"a\":\"\x01\"}",
	"{\"a\":\"\x7f\"}", `{"a":1}}`, `]`, `{"a":[}`, "\t{\r\n}\n", `{"a": 1e999}`, `[[[[[[[[[[]]]]]]]]]]`,
	strings.Repeat("[", 10000) + strings.Repeat("]", 10000), strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
}

func TestJSONSyntaxAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range jsonCases {
		t.Run(in[:min(len(in), 40)], func(t *testing.T) {
			checkJSONSyntax(t, []byte(in))
		})
	}
}

// checkJSONSyntax checks that Decode reports ErrSyntax (or ErrEmpty for
// blank input) exactly when encoding/json finds data malformed. Lone surrogates, invalid UTF-8 and a
// byte order mark are left out: Decode refuses the first two, which
// encoding/json replaces with U+FFFD, and skips the third.
func checkJSONSyntax(t *testing.T, data []byte) {
	t.Helper()
	if !isPlainJSONText(data) {
		return
	}
	_, err := decodeAs(data, "x", JSON)
	malformed := errors.Is(err, ErrSyntax) || len(bytes.TrimLeft(data, " \t\r\n")) == 0 && errors.Is(err, ErrEmpty)
	if valid := json.Valid(data); valid == malformed {
		t.Errorf("json.Valid = %v, Decode: %v", valid, err)
	}
}

func isPlainJSONText(data []byte) bool {
	if bytes.HasPrefix(data, bom) {
		return false
	}
	if off, _ := checkText(data, false); off >= 0 {
		return false
	}
	lower := bytes.ToLower(data)
	for i := 0; i+3 < len(lower); i++ {
		if lower[i] == '\\' && lower[i+1] == 'u' && lower[i+2] == 'd' && bytes.IndexByte([]byte("89abcdef"), lower[i+3]) >= 0 {
			return false
		}
	}
	return true
}
