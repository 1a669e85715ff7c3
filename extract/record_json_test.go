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
	if n := reflect.TypeFor[Record]().NumField(); n != 27 {
		t.Fatalf("Record has %d fields; AppendJSON writes 27: update it", n)
	}
	var recs []Record
	for _, doc := range sampleDocs(t) {
		recs = append(recs, Extract(doc, Options{})...)
		recs = append(recs, Extract(doc, Options{Explain: true})...)
		recs = append(recs, Extract(doc, Options{All: true})...)
	}
	pieces := []string{"a", "đ", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "<", ">", "&",
		"\u2028", "\u2029", "\xff", "\xe2\x80", "€", "\U0001F600", "/", "'"}
	pieces = append(pieces, jsonStringSeeds...)
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
			Unit: normalize.Unit(str()), Qualifier: normalize.Qualifier(str()), Kind: Kind(str()), Period: str(), PeriodStart: str(), PeriodEnd: str(), Fact: str(),
			Region: str(), Text: str(), Start: rng.IntN(1 << 20), End: -rng.IntN(3), Sentence: str(), Published: str(), Source: str(),
			Measure: str(), Subject: str(), Per: str(), Form: str(), Of: normalize.NewDecimal(rng.Int64N(3)*rng.Int64N(1e6), rng.IntN(3)),
			Cue: str(), Rule: str(), PeriodFrom: str(), KindFrom: str(), RegionFrom: str()})
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

// TestJSONWriter holds JSONWriter.Append to AppendJSON over records whose
// sentences repeat, change, come back, and are empty, in one writer.
func TestJSONWriter(t *testing.T) {
	var recs []Record
	for _, doc := range sampleDocs(t) {
		recs = append(recs, Extract(doc, Options{})...)
	}
	if len(recs) < 100 {
		t.Fatalf("only %d sample records", len(recs))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 300 { // sentences from elsewhere, the empty one, and "\"…\u2028"
		r := recs[rng.IntN(len(recs))]
		switch i % 3 {
		case 0:
			r.Sentence = recs[rng.IntN(len(recs))].Sentence
		case 1:
			r.Sentence = ""
		default:
			r.Sentence = "\"x\u2028" + r.Sentence[:rng.IntN(len(r.Sentence)+1)]
		}
		recs = append(recs, r)
	}
	var w JSONWriter
	shared := 0
	for i := range recs {
		if i > 0 && recs[i].Sentence == recs[i-1].Sentence {
			shared++
		}
		got := w.Append([]byte("prefix"), &recs[i])
		want := recs[i].AppendJSON([]byte("prefix"))
		if !bytes.Equal(got, want) {
			t.Fatalf("record %d: JSONWriter.Append:\n%s\nAppendJSON:\n%s", i, got, want)
		}
	}
	if shared == 0 {
		t.Fatal("no two records in a row share a sentence: the cache is not exercised")
	}
}

// jsonStringSeeds are byte sequences at the edges of appendJSONString's
// inline UTF-8 check: truncated, overlong, surrogate and out-of-range
// sequences, stray continuation bytes, and neighbours of U+2028/U+2029.
var jsonStringSeeds = []string{"\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x80", "\xdf\xbf", "\xdf\xc0",
	"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xee\x80\x80",
	"\xef\xbf\xbd", "\xef\xbf\xbf", "\xe2\x80\xa7", "\xe2\x80\xaa", "\xe2\x81\xa8", "\xe2\x80\xa8\xa9", "\xe2\xa8",
	"\xe2", "\xf0\x90\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf0\x90\x80", "\xf5\x80\x80\x80",
	"\xf8\x88\x80\x80\x80", "\xfe", "\u00ff", "\u07ff", "\u0800", "\uffff", "\U0010ffff", "\x01", "\x1b", " "}

// FuzzAppendJSONString holds appendJSONString to encoding/json's output
// with HTML escaping off for arbitrary bytes.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStringSeeds {
		f.Add(s)
		f.Add("đ" + s + "ờ\"")
	}
	f.Add("Tỷ lệ hộ nghèo giảm còn 1,5%\u2028<&>\n\t\x00\xff")
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	f.Fuzz(func(t *testing.T, s string) {
		want.Reset()
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := append(appendJSONString(nil, s), '\n')
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("appendJSONString(%q):\n%s\nencoding/json:\n%s", s, got, want.Bytes())
		}
	})
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

// BenchmarkJSONWriter writes the records of every sample article, in order,
// with one JSONWriter, as the JSONL encoder does.
func BenchmarkJSONWriter(b *testing.B) {
	var recs []Record
	size := 0
	for _, doc := range sampleDocs(b) {
		recs = append(recs, Extract(doc, Options{})...)
	}
	var w JSONWriter
	var buf []byte
	for i := range recs {
		size += len(w.Append(nil, &recs[i])) + 1
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range recs {
			buf = w.Append(buf[:0], &recs[i])
		}
	}
}
