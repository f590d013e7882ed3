package actors_test

import (
	"errors"
	"fmt"

	"github.com/diplograph/diplograph/actors"
	"github.com/diplograph/diplograph/date"
)

// Actors are plain values: a stable ID, a name, a kind, a country and the
// offices held over time. Validate says what is wrong, field by field.
func Example() {
	putin := actors.Actor{
		ID: "putin", Name: "Vladimir Putin", Kind: actors.Leader, Country: "RUS", Title: "President",
		Roles: []actors.Role{{Role: "president", Of: "RUS", When: date.Between(date.MustParse("2012-05-07"), date.Date{})}},
	}
	yanukovych := actors.Actor{
		ID: "yanukovych", Name: "Viktor Yanukovych", Kind: actors.Leader, Country: "UKR",
		Roles: []actors.Role{{Role: "president", Of: "UKR", When: date.Between(date.MustParse("2010-02-25"), date.MustParse("2014-02-22"))}},
	}
	fmt.Println(putin.Label(), putin.Kind, putin.Validate())
	for _, a := range actors.Holders([]actors.Actor{putin, yanukovych}, "president", "", date.MustParse("2014-02-01")) {
		fmt.Println("president on 1 Feb 2014:", a.Name, "of", a.Country)
	}

	bad := actors.Actor{ID: "Not An ID", Kind: actors.Kind(42)}
	err := bad.Validate()
	var fe *actors.FieldError
	fmt.Println(errors.As(err, &fe), errors.Is(err, actors.ErrBadID))
	// Output:
	// Vladimir Putin leader <nil>
	// president on 1 Feb 2014: Vladimir Putin of RUS
	// president on 1 Feb 2014: Viktor Yanukovych of UKR
	// true true
}

func ExampleParseKind() {
	k, err := actors.ParseKind("Organisation")
	fmt.Println(k, err)
	_, err = actors.ParseKind("country")
	fmt.Println(errors.Is(err, actors.ErrUnknownKind))
	// Output:
	// organization <nil>
	// true
}
