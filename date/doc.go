// Package date provides calendar dates that keep their precision and the
// spans of time that relations and roles hold over.
//
// A news story rarely gives a full date: "late on Friday" is a day, "in
// February" a month, "elections due in May" a month, and a background fact
// may be known only to the year. A [Date] keeps what the text supports -
// [Year], [Month] or [Day] precision - and answers comparisons over the whole
// period it covers: the month 2014-03 starts on 2014-03-01 and ends on
// 2014-03-31.
//
// A [Span] is a point (one date) or an interval with either end open. Spans
// answer the two questions views ask: does a span overlap a window, and does
// it hold on a given day.
//
// The package depends on the standard library only.
package date
