package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// TestRecordEncoderAppendJSON holds the JSONL lines of a record Encoder,
// written with extract.Record.AppendJSON, to encoding/json's.
func TestRecordEncoderAppendJSON(t *testing.T) {
	recs := []extract.Record{
		{Doc: "a", Indicator: "poverty.rate", Value: normalize.NewDecimal(215, 2), Unit: normalize.PercentUnit,
			Qualifier: normalize.Exact, Period: "2023", Region: "Bình Định", Text: "2,15%", Start: 3, End: 8,
			Sentence: "Tỷ lệ hộ nghèo <còn> 2,15% & \"giảm\"\n\t\u2028", Published: "2023-12-28"},
		{Doc: "b\x00\x7f\xff", Indicator: "x", Value: normalize.NewDecimal(-41, -5), Unit: normalize.VND,
			Cue: "đạt", Rule: "r1"},
		{},
	}
	for _, explain := range []bool{false, true} {
		var got, want bytes.Buffer
		enc, err := NewRecordEncoder(&got, JSONL, explain)
		if err != nil {
			t.Fatal(err)
		}
		if enc.appendJSON == nil {
			t.Fatal("the record Encoder does not use AppendJSON")
		}
		js := json.NewEncoder(&want)
		js.SetEscapeHTML(false)
		for _, r := range recs {
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
			if err := js.Encode(r); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("explain %v:\n%s\nencoding/json:\n%s", explain, got.Bytes(), want.Bytes())
		}
	}
	// Other types keep encoding/json.
	if enc, _ := NewEncoder[row](&bytes.Buffer{}, JSONL); enc.appendJSON != nil {
		t.Error("a row Encoder uses the record appender")
	}
	if enc, _ := NewEncoder[*extract.Record](&bytes.Buffer{}, JSONL); enc.appendJSON != nil {
		t.Error("a *Record Encoder uses the record appender")
	}
}

// failWriter fails every write.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, errors.New("disk full")
}

// TestRecordEncoderWriteError checks that the first write error is kept
// and returned without writing again, as json.Encoder does.
func TestRecordEncoderWriteError(t *testing.T) {
	w := &failWriter{}
	enc, err := NewRecordEncoder(w, JSONL, false)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := enc.Encode(extract.Record{Doc: "a"}); err == nil || err.Error() != "disk full" {
			t.Fatalf("Encode: %v; want disk full", err)
		}
	}
	if w.n != 1 {
		t.Errorf("%d writes; want 1", w.n)
	}
}

func BenchmarkRecordEncoderJSONL(b *testing.B) {
	r := extract.Record{Doc: "01_binh-dinh-2023", Indicator: "poverty.rate", Value: normalize.NewDecimal(215, 2),
		Unit: normalize.PercentUnit, Qualifier: normalize.Exact, Period: "2023", Region: "Bình Định", Text: "2,15%",
		Start: 1203, End: 1208, Sentence: "Năm 2023, tỷ lệ hộ nghèo của tỉnh giảm còn 2,15%, vượt kế hoạch đề ra.", Published: "2023-12-28"}
	enc, err := NewRecordEncoder(discard{}, JSONL, false)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := enc.Encode(r); err != nil {
			b.Fatal(err)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
