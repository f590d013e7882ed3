package suggest

import "testing"

func TestHint(t *testing.T) {
	kinds := []string{"phoned", "sanctions", "met", "reported_by", "kerry", "lavrov"}
	tests := []struct{ in, want string }{
		{"phone", "phoned"},
		{"sanction", "sanctions"},
		{"reportedBy", "reported_by"},
		{"Reported-By", "reported_by"},
		{"kery", "kerry"},
		{"lavorv", "lavrov"},
		{"mat", "met"},
		{"c", ""},
		{"xyzzy", ""},
		{"", ""},
		{"phoned", "phoned"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _ := Closest(tt.in, kinds)
			if got != tt.want {
				t.Errorf("Closest(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if h := Hint(tt.in, kinds); (h != "") != (tt.want != "") {
				t.Errorf("Hint(%q) = %q", tt.in, h)
			}
		})
	}
}
