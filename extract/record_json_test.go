package extract

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestAppendJSON holds Record.AppendJSON to encoding/json's output for the
// records of the sample articles (with and without -explain) and for
// records whose strings hold every kind of byte that JSON escapes.
func TestAppendJSON(t *testing.T) {
	if n := reflect.TypeFor[Record]().NumField(); n != 15 {
		t.Fatalf("Record has %d fields; AppendJSON writes 15: update it", n)
	}
	var recs []Record
	for _, doc := range sampleDocs(t) {
		recs = append(recs, Extract(doc, Options{})...)
		recs = append(recs, Extract(doc, Options{Explain: true})...)
	}
	pieces := []string{"a", "đ", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "<", ">", "&",
		"\u2028", "\u2029", "\xff", "\xe2\x80", "€", "\U0001F600", "/", "'"}
	rng := rand.New(rand.NewPCG(1, 2))
	str := func() string {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 2000 {
		recs = append(recs, Record{Doc: str(), Indicator: str(), Value: normalize.NewDecimal(rng.Int64N(1e12)-5e11, rng.IntN(9)-4),
			Unit: normalize.Unit(str()), Qualifier: normalize.Qualifier(str()), Kind: Kind(str()), Period: str(),
			Region: str(), Text: str(), Start: rng.IntN(1 << 20), End: -rng.IntN(3), Sentence: str(), Published: str(),
			Cue: str(), Rule: str()})
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		want.Reset()
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		got := append(r.AppendJSON(nil), '\n')
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("AppendJSON:\n%s\nencoding/json:\n%s", got, want.Bytes())
		}
	}
}

func BenchmarkAppendJSON(b *testing.B) {
	recs := Extract(sampleDocs(b)[0], Options{})
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		for i := range recs {
			buf = recs[i].AppendJSON(buf[:0])
		}
	}
}

func BenchmarkEncodeJSON(b *testing.B) {
	recs := Extract(sampleDocs(b)[0], Options{})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		for _, r := range recs {
			enc.Encode(r)
		}
	}
}
