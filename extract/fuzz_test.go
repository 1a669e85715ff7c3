package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/solieu/solieu/corpus"
)

// FuzzExtract runs Extract on arbitrary text: it must not panic, and every
// record's span must point at its text inside the document.
func FuzzExtract(f *testing.F) {
	for _, ind := range All {
		for _, ex := range ind.Examples {
			f.Add(ex.Text)
		}
		for _, c := range ind.Counter {
			f.Add(c)
		}
	}
	f.Add("0%(0A")
	f.Add("0 người(0A")
	f.Add("học sinh, sinh viên")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // corpus hands extract valid UTF-8 only
		}
		for _, r := range Extract(corpus.Document{ID: "f", Text: text}, Options{Explain: true}) {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || text[r.Start:r.End] != r.Text {
				t.Fatalf("record span [%d,%d) %q does not match the text", r.Start, r.End, r.Text)
			}
			if Lookup(r.Indicator) == nil {
				t.Fatalf("unknown indicator %q", r.Indicator)
			}
		}
	})
}
