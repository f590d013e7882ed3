package schema

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

// JSONDetail words an error of encoding/json, to follow a "want ..."
// phrase, for a reader who never saw the Go types behind the schema:
// ", got a number" for a value of the wrong type, ": at since: want a
// string, got a number" for a part of it, never "cannot unmarshal number
// into Go struct field".
func JSONDetail(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		got := te.Value
		switch got {
		case "object", "array":
			got = map[string]string{"object": "an object", "array": "a list"}[got]
		case "string", "number":
			got = "a " + got
		case "bool":
			got = "true or false"
		}
		if te.Field == "" {
			return ", got " + got
		}
		return ": at " + te.Field + ": want " + typeWord(te.Type) + ", got " + got
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return ": not valid JSON: " + strings.TrimPrefix(se.Error(), "json: ")
	}
	return ": " + strings.TrimPrefix(err.Error(), "json: ")
}

// typeWord names the JSON value a Go type is read from.
func typeWord(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list of " + plural(typeWord(t.Elem()))
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.Pointer:
		return typeWord(t.Elem())
	}
	return "a number"
}

// plural turns "a string" into "strings", "an object" into "objects".
func plural(w string) string {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "an "), "a ")
	if strings.HasPrefix(w, "list of ") || w == "true or false" {
		return w
	}
	return w + "s"
}
