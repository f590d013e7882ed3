package encoding

import (
	"errors"
	"testing"
)

func TestError(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "a.json", Line: 3, Column: 7, Item: "edges[2]", Key: "weight", Err: boom}, "a.json:3:7: edges[2]: weight: boom"},
		{Error{Line: 3, Column: 7, Item: "graph", Err: boom}, "3:7: graph: boom"},
		{Error{File: "a.json", Err: boom}, "a.json: boom"},
		{Error{Item: `node "a"`, Key: "name", Err: boom}, `node "a": name: boom`},
		{Error{}, "unknown error"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	var err error = &Error{Err: ErrBadValue}
	if !errors.Is(err, ErrBadValue) || errors.Is(err, ErrNotXML) {
		t.Error("Unwrap does not reach the sentinel")
	}
}
