package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/corpus/corpustest"
)

// gzipMembers compresses data in members of every bytes of it (cutting
// lines anywhere), as bgzip does, and returns the offsets of the members.
func gzipMembers(t *testing.T, data []byte, every int) ([]byte, []int64) {
	var out []byte
	var starts []int64
	for len(data) > 0 {
		k := min(every, len(data))
		starts = append(starts, int64(len(out)))
		out = append(out, corpustest.Gzip(t, data[:k])...)
		data = data[k:]
	}
	return out, starts
}

// readGzipSplit reads a gzip file as the pipeline does when it is cut at
// cuts: count each chunk's members, number the chunks, read each.
func readGzipSplit(t *testing.T, name string, data []byte, cuts []int64) []corpus.Item {
	t.Helper()
	open := func(off int64) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data[off:])), nil }
	var cs []chunk
	start := int64(0)
	for _, end := range append(slices.Clone(cuts), int64(len(data))) {
		if end > start {
			c, err := countGzip(open, chunk{Path: name, Size: int64(len(data)), Start: start, End: end, Gzip: true})
			if err != nil {
				t.Fatalf("counting %d-%d: %v", start, end, err)
			}
			cs = append(cs, c)
			start = end
		}
	}
	var before int64
	prevNL := true
	var items []corpus.Item
	for _, c := range cs {
		c.Before, c.PrevNL = before, prevNL
		before += c.Newlines
		if c.Out > 0 {
			prevNL = c.EndsNL
		}
		if err := readGzipChunk(open, c, func(it corpus.Item) { items = append(items, it) }); err != nil {
			t.Fatalf("chunk %d-%d: %v", c.Start, c.End, err)
		}
	}
	return items
}

// TestGzipChunksMatchWhole checks that a JSON lines file compressed in
// many gzip members, members cutting lines anywhere, read in chunks cut
// around every member start, every 7 bytes and in chunks of several
// sizes, yields what corpus.Open gives for the whole file, in order; and
// that a file of one member is read whole by the chunk it starts in.
func TestGzipChunksMatchWhole(t *testing.T) {
	const name = "/dulieu/tin-nen.jsonl.gz"
	for _, every := range []int{97, 1000, 1 << 20} {
		data, starts := gzipMembers(t, mixedJSONL(), every)
		if !splittableGzip(name, bytes.NewReader(data)) {
			t.Fatal("the file is not read in chunks")
		}
		var whole []corpus.Item
		for it := range corpus.Open(name, bytes.NewReader(data)) {
			whole = append(whole, it)
		}
		want := itemLines(t, whole)
		if len(want) < 13 {
			t.Fatalf("whole file: %d items; the test file should give more", len(want))
		}
		check := func(what string, cuts []int64) {
			t.Helper()
			got := itemLines(t, readGzipSplit(t, name, data, cuts))
			if !slices.Equal(got, want) {
				t.Errorf("members of %d bytes, %s: got %d items; want %d", every, what, len(got), len(want))
				for _, l := range diffCount(got, want) {
					t.Errorf("  only in chunks: %.300s", l)
				}
				for _, l := range diffCount(want, got) {
					t.Errorf("  only whole:     %.300s", l)
				}
			}
		}
		check("one chunk", nil)
		for cut := int64(1); cut < int64(len(data)); cut++ {
			near := false
			for _, s := range starts {
				near = near || cut >= s-1 && cut <= s+2
			}
			if cut%7 != 0 && !near {
				continue
			}
			check(fmt.Sprintf("cut at %d", cut), []int64{cut})
			if t.Failed() {
				return
			}
		}
		for _, size := range []int64{3, 50, 500} {
			var cuts []int64
			for _, c := range chunks(name, int64(len(data)), size)[1:] {
				cuts = append(cuts, c.Start)
			}
			check(fmt.Sprintf("chunks of %d bytes", size), cuts)
		}
	}
	if splittableGzip("a.jsonl.gz", bytes.NewReader(corpustest.Gzip(t, []byte("WARC/1.1\r\n")))) {
		t.Error("a WARC in a .jsonl.gz is read in chunks")
	}
}
