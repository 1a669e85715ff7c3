package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/solieu/solieu/corpus"
)

// An ExampleResult is the outcome of one example or counter sentence of a
// declaration, run through Extract.
type ExampleResult struct {
	// Name is "id/N" for the N-th example and "id/counterN" for a counter.
	Name string
	Text string
	// Got and Want are the records, written as "id value unit kind period
	// qualifier" and sorted; for a counter, Got lists only the records of
	// the declaration's own id and Want is empty.
	Got, Want []string
	// Failure says what is wrong, or is "" when the sentence passes.
	Failure string
}

// SelfTest runs the examples and counters of a declaration with
// Duckling's strictness: an example must yield exactly its want records,
// no more and no fewer (compared as sets of indicator, value, unit, kind,
// period, qualifier); a counter must yield no record of the declaration.
func SelfTest(ind Indicator) []ExampleResult {
	var out []ExampleResult
	for i, ex := range ind.Examples {
		out = append(out, runExample(ind.ID+"/"+strconv.Itoa(i), ex.Text, ex.Want, ind,
			corpus.Document{ID: "example", Text: ex.Text}))
	}
	for i, text := range ind.Counter {
		res := ExampleResult{Name: ind.ID + "/counter" + strconv.Itoa(i), Text: text}
		for _, r := range extractSentence(text) {
			if r.Indicator == ind.ID {
				res.Got = append(res.Got, recordKey(r)+" from "+strconv.Quote(r.Text))
			}
		}
		if len(res.Got) > 0 {
			res.Failure = fmt.Sprintf("got: %s\nwant: no %s record", strings.Join(res.Got, " | "), ind.ID)
		}
		out = append(out, res)
	}
	return out
}

// runExample extracts doc and compares its records, as a set, with the
// want line of an example written for ind (the zero Indicator when every
// record names its indicator).
func runExample(name, text, want string, ind Indicator, doc corpus.Document) ExampleResult {
	res := ExampleResult{Name: name, Text: text}
	ws, err := ParseWant(want)
	if err != nil {
		res.Failure = err.Error()
		return res
	}
	for _, w := range ws {
		res.Want = append(res.Want, wantKey(ind, w))
	}
	for _, r := range Extract(doc, Options{}) {
		res.Got = append(res.Got, recordKey(r))
	}
	slices.Sort(res.Got)
	slices.Sort(res.Want)
	if !slices.Equal(res.Got, res.Want) {
		res.Failure = fmt.Sprintf("got: %s\nwant: %s", orNone(res.Got), orNone(res.Want))
	}
	return res
}

func extractSentence(text string) []Record {
	return Extract(corpus.Document{ID: "example", Text: text}, Options{})
}

func orNone(keys []string) string {
	if len(keys) == 0 {
		return "(none)"
	}
	return strings.Join(keys, " | ")
}

// recordKey and wantKey write a record the same way, for comparing sets.
func recordKey(r Record) string {
	return fmt.Sprintf("%s %s %s %s %s %s", r.Indicator, r.Value, r.Unit, r.Kind, orDash(r.Period), r.Qualifier)
}

func wantKey(ind Indicator, w WantRecord) string {
	id, unit := w.Indicator, w.Unit
	if id == "" {
		id = ind.ID
	}
	if unit == "" {
		unit = ind.Unit
		if other := Lookup(id); other != nil {
			unit = other.Unit
		}
	}
	return fmt.Sprintf("%s %s %s %s %s %s", id, w.Value, unit, w.Kind, orDash(w.Period), w.Qualifier)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
