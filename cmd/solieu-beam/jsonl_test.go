package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/report"
)

// mixedJSONL returns a JSON lines file (invented text) with every kind of
// line the reader meets: a byte order mark, CRLF endings, blank lines,
// records with a string, numeric or no id, a url, html instead of text,
// lines that are not JSON or not records, a record with no text, lines
// that would look like other formats alone, and a last line with no
// newline.
func mixedJSONL() []byte {
	long := strings.Repeat("Quý II, huyện miền núi hỗ trợ 35 hộ thoát nghèo. ", 90)
	lines := []string{
		"\uFEFF" + `{"id": "a-1", "title": "Tin một", "text": "Năm 2022, xã có 48 hộ nghèo.", "published": "2023-02-01"}`,
		`{"id": 77, "text": "Tỷ lệ thất nghiệp của thành phố là 2,1%."}` + "\r",
		``,
		`   `,
		`{"text": "Không có mã: 15.000 lao động được đào tạo nghề năm 2023."}`,
		`{"url": " http://example.vn/tin-ba ", "text": "` + long + `"}`,
		`{"html": "<html><head><title>Trang</title></head><body><p>Tỉnh giải quyết việc làm cho 9.400 người năm 2021.</p></body></html>"}`,
		`{"id": "hong", "text": "thiếu ngoặc"`,
		`{"title": 5, "text": "Tiêu đề là số."}`,
		`[1, 2, 3]`,
		`{"title": "Không có nội dung"}`,
		`{"id": "", "url": "", "text": "Mã rỗng: 310 hộ cận nghèo năm 2020."}`,
		`WARC/1.0 không phải JSON`,
		`{"id": "del", "text": "` + strings.Repeat("\x7f", 300) + ` 12 hộ"}`,
		`{"id": "tar", "text": "` + strings.Repeat("x", 257-len(`{"id": "tar", "text": "`)) + `ustar và 40 hộ nghèo"}`,
		"\uFEFF" + `{"id": "bom-giua", "text": "BOM giữa tệp"}`,
		`{"text": "Dòng cuối không có xuống dòng: 1.250 người có việc làm mới."}`,
	}
	return []byte(strings.Join(lines, "\n"))
}

// itemLines returns the items as comparable lines: a document as JSON,
// an error as its report line with its line number.
func itemLines(t *testing.T, items []corpus.Item) []string {
	t.Helper()
	var out []string
	for _, it := range items {
		var b []byte
		var err error
		if it.Err != nil {
			b, err = json.Marshal(struct {
				report.ErrorLine
				Line int
			}{report.ErrorOf(it.Err), it.Err.Line})
		} else {
			b, err = json.Marshal(it.Doc)
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// readSplit reads data as the pipeline does when the file is cut at cuts:
// count each chunk's newlines, number the chunks, read each.
func readSplit(t *testing.T, name string, data []byte, cuts []int64) []corpus.Item {
	t.Helper()
	var cs []chunk
	start := int64(0)
	for _, end := range append(slices.Clone(cuts), int64(len(data))) {
		if end > start {
			cs = append(cs, chunk{Path: name, Size: int64(len(data)), Start: start, End: end})
			start = end
		}
	}
	var before int64
	for i := range cs {
		n, err := countNewlines(bytes.NewReader(data[cs[i].Start:]), cs[i])
		if err != nil {
			t.Fatal(err)
		}
		cs[i].Newlines, cs[i].Before = n, before
		before += n
	}
	var items []corpus.Item
	for _, c := range cs {
		// A reader that cannot seek, positioned by reading past.
		r := struct{ *bufio.Reader }{bufio.NewReader(bytes.NewReader(data))}
		if err := skipTo(r, max(c.Start-1, 0)); err != nil {
			t.Fatal(err)
		}
		if err := readChunk(r, c, func(it corpus.Item) { items = append(items, it) }); err != nil {
			t.Fatalf("chunk %d-%d: %v", c.Start, c.End, err)
		}
	}
	return items
}

// TestChunksMatchWhole checks that a JSON lines file read in chunks, cut
// at every byte around a line end (and every 13 bytes) and in chunks of several sizes, yields the
// documents and errors of corpus.Open reading it whole, in the same
// order: every line is read once, none twice, lines straddling a cut
// included, with the same line numbers, sources and IDs.
func TestChunksMatchWhole(t *testing.T) {
	const name = "/dulieu/tin-tong-hop.jsonl"
	data := mixedJSONL()
	if !splittable(name, data) {
		t.Fatal("the file is not read in chunks")
	}
	var whole []corpus.Item
	for it := range corpus.Open(name, bytes.NewReader(data)) {
		whole = append(whole, it)
	}
	want := itemLines(t, whole)
	var docs, errs int
	for _, it := range whole {
		if it.Err != nil {
			errs++
		} else {
			docs++
		}
	}
	if docs < 8 || errs < 5 {
		t.Fatalf("whole file: %d documents, %d errors; the test file should give more", docs, errs)
	}
	check := func(what string, cuts []int64) {
		t.Helper()
		got := itemLines(t, readSplit(t, name, data, cuts))
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %d items; want %d", what, len(got), len(want))
			for _, l := range diffCount(got, want) {
				t.Errorf("  only in chunks: %s", l)
			}
			for _, l := range diffCount(want, got) {
				t.Errorf("  only whole:     %s", l)
			}
		}
	}
	check("one chunk", nil)
	// Cut at every byte around a line's end, and every 13 bytes.
	nearEnd := func(i int64) bool {
		return bytes.IndexByte(data[max(i-3, 0):min(i+3, int64(len(data)))], '\n') >= 0
	}
	for cut := int64(1); cut < int64(len(data)); cut++ {
		if cut%13 != 0 && !nearEnd(cut) {
			continue
		}
		check(fmt.Sprintf("cut at %d", cut), []int64{cut})
		if t.Failed() {
			return
		}
	}
	for _, size := range []int64{1, 2, 3, 7, 64, 500, 4096} {
		var cuts []int64
		for _, c := range chunks(name, int64(len(data)), size)[1:] {
			cuts = append(cuts, c.Start)
		}
		check(fmt.Sprintf("chunks of %d bytes", size), cuts)
	}
}

// TestTooLongLine checks that a line over the limit is one error and the
// lines after it keep their numbers, wherever the file is cut.
func TestTooLongLine(t *testing.T) {
	defer func(n int64) { maxLine = n }(maxLine)
	maxLine = 100
	data := []byte(`{"id": "a", "text": "Ngắn: 12 hộ."}` + "\n" +
		`{"id": "b", "text": "` + strings.Repeat("dài ", 60) + `"}` + "\n" +
		`{"text": "Sau dòng dài: 30 hộ."}` + "\n")
	for cut := int64(0); cut < int64(len(data)); cut++ {
		var cuts []int64
		if cut > 0 {
			cuts = []int64{cut}
		}
		items := readSplit(t, "x.jsonl", data, cuts)
		if len(items) != 3 || items[0].Doc == nil || items[1].Err == nil || !errors.Is(items[1].Err, corpus.ErrTooLarge) ||
			items[1].Err.Line != 2 || items[2].Doc == nil || items[2].Doc.ID != "x:3" || items[2].Doc.Source != "x.jsonl:3" {
			t.Fatalf("cut at %d: got %q", cut, itemLines(t, items))
		}
	}
}

// TestSplittable checks which files are read in chunks: JSON lines by
// their name whose head corpus reads as JSON lines.
func TestSplittable(t *testing.T) {
	rec := []byte(`{"id": "1", "text": "Năm 2024 có 5 hộ."}` + "\n")
	for _, tc := range []struct {
		name string
		head []byte
		want bool
	}{
		{"a.jsonl", rec, true},
		{"A.NDJSON", rec, true},
		{"a.json", rec, false},
		{"a.txt", rec, false},
		{"a.jsonl.gz", rec, false},
		{"a.jsonl", nil, false},
		{"a.jsonl", []byte("\x1f\x8b\x08\x00rest"), false},
		{"a.jsonl", []byte("WARC/1.0\r\n"), false},
		{"a.jsonl", append(slices.Clone(rec), 0, 0), false},
	} {
		if got := splittable(tc.name, tc.head); got != tc.want {
			t.Errorf("splittable(%q, %q) = %v; want %v", tc.name, tc.head, got, tc.want)
		}
	}
}
