// Package actors describes the nodes of a diplomatic graph: states, leaders,
// officials, organisations, parties, territories, groups, media and people.
//
// # Actors
//
// An [Actor] has a stable ID chosen by the user ("putin", "RUS"), a display
// name, a [Kind], an optional country code (CAMEO/ISO 3166-1 alpha-3, checked
// by [Country]), a title, aliases, free attributes and [Role]s held over time
// ("president of RUS since 2012-05-07").
//
// # Roles over time
//
// [Holders] answers "who held role R of S on date D", the question every
// story about a change of government raises.
//
// # Validation
//
// [Actor.Validate] reports every problem of one actor at once as
// [*FieldError] values joined with errors.Join; test them with errors.Is
// against [ErrBadID], [ErrNoName], [ErrUnknownCountry] and the other
// sentinels.
//
// The package depends on the standard library and diplograph/date only.
package actors
