package main

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/corpus/corpustest"
)

// mixedWARC returns a WARC.gz file (invented text), one gzip member per
// record as crawlers write it, with records that give documents and
// errors, records that are skipped, one member holding two records, one
// record in two members, and a last member cut short. It returns the offsets of the members too.
func mixedWARC(t *testing.T) ([]byte, []int64) {
	text := func(s string) []byte { return []byte(s) }
	members := [][]byte{
		corpustest.WARCRecord("warcinfo", "", "application/warc-fields", text("software: thử nghiệm\r\n")),
		corpustest.WARCRecord("conversion", "http://example.vn/a", "text/plain", text("Năm 2022, huyện có 210 hộ thoát nghèo.")),
		corpustest.WARCRecord("request", "http://example.vn/b", "application/http; msgtype=request", text("GET /b HTTP/1.1\r\nHost: example.vn\r\n\r\n")),
		corpustest.WARCRecord("response", "http://example.vn/b", "application/http; msgtype=response",
			corpustest.HTTPResponse("text/html; charset=utf-8", text("<html><head><title>Việc làm</title></head><body><p>Quý I, tỉnh tạo việc làm cho 5.600 lao động.</p></body></html>"))),
		corpustest.WARCRecord("conversion", "", "text/plain", text("Không có địa chỉ: tỷ lệ hộ nghèo còn 3,2% năm 2023.")),
		corpustest.WARCRecord("conversion", "http://example.vn/rong", "text/plain", text("   ")),
		append(corpustest.WARCRecord("conversion", "http://example.vn/c", "text/plain", text("Hai bản ghi, một: 40 hộ.")),
			corpustest.WARCRecord("conversion", "", "text/plain", text("Hai bản ghi, hai: 75 hộ."))...),
		corpustest.WARCRecord("conversion", "", "text/plain", text("Thêm một bản ghi không địa chỉ: 18 hộ.")),
	}
	var out []byte
	var starts []int64
	for _, m := range members {
		starts = append(starts, int64(len(out)))
		out = append(out, corpustest.Gzip(t, m)...)
	}
	// A record in two members, the second not beginning a record.
	split := corpustest.WARCRecord("conversion", "http://example.vn/hai-phan", "text/plain", text("Bản ghi trong hai thành viên gzip: 2.700 lao động được hỗ trợ."))
	for _, part := range [][]byte{split[:70], split[70:]} {
		starts = append(starts, int64(len(out)))
		out = append(out, corpustest.Gzip(t, part)...)
	}
	last := corpustest.Gzip(t, corpustest.WARCRecord("conversion", "http://example.vn/cut", "text/plain", text("Bản ghi bị cắt giữa chừng: 12.000 người.")))
	starts = append(starts, int64(len(out)))
	out = append(out, last[:len(last)-12]...)
	return out, starts
}

// TestWARCChunksMatchWhole checks that a WARC.gz read in chunks, cut
// around every member start, every 11 bytes and in chunks of several
// sizes, yields the documents and errors of corpus.Open reading it whole,
// in the same order, with the same sources and IDs.
func TestWARCChunksMatchWhole(t *testing.T) {
	const name = "/luutru/crawl-01.warc.gz"
	data, starts := mixedWARC(t)
	if !splittableWARC(name, bytes.NewReader(data)) {
		t.Fatal("the file is not read in chunks")
	}
	var whole []corpus.Item
	for it := range corpus.Open(name, bytes.NewReader(data)) {
		whole = append(whole, it)
	}
	// a chunk read from an offset says where a cut gzip member ends within
	// its own bytes; the source ("#1828") is the file's either way
	want := maskPositions(itemLines(t, whole))
	if len(want) < 8 {
		t.Fatalf("whole file: %d items; the test file should give more: %q", len(want), want)
	}
	open := func(off int64) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data[off:])), nil }
	check := func(what string, cuts []int64) {
		t.Helper()
		var items []corpus.Item
		start := int64(0)
		for _, end := range append(slices.Clone(cuts), int64(len(data))) {
			if end <= start {
				continue
			}
			c := chunk{Path: name, Size: int64(len(data)), Start: start, End: end, WARC: true}
			if err := readWARCChunk(open, c, func(it corpus.Item) { items = append(items, it) }); err != nil {
				t.Fatalf("%s: chunk %d-%d: %v", what, start, end, err)
			}
			start = end
		}
		got := maskPositions(itemLines(t, items))
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
	for cut := int64(1); cut < int64(len(data)); cut++ {
		near := false
		for _, s := range starts {
			near = near || cut >= s-2 && cut <= s+3
		}
		if cut%11 != 0 && !near {
			continue
		}
		check(fmt.Sprintf("cut at %d", cut), []int64{cut})
		if t.Failed() {
			return
		}
	}
	for _, size := range []int64{1, 5, 64, 300, 1000} {
		var cuts []int64
		for _, c := range chunks(name, int64(len(data)), size)[1:] {
			cuts = append(cuts, c.Start)
		}
		check(fmt.Sprintf("chunks of %d bytes", size), cuts)
	}
	for _, h := range [][]byte{data[starts[1]+4:], []byte("WARC/1.1\r\n"), corpustest.Gzip(t, []byte("một tệp văn bản"))} {
		if splittableWARC(name, bytes.NewReader(h)) {
			t.Errorf("splittableWARC(%.20q): true; want false", h)
		}
	}
}

// bytePositions are the byte positions a truncated gzip member's message
// gives.
var bytePositions = regexp.MustCompile(`(byte|after) [0-9]+`)

// maskPositions replaces the byte positions in item lines by "N".
func maskPositions(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = bytePositions.ReplaceAllString(l, "$1 N")
	}
	return out
}
