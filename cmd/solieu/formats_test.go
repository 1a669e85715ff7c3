package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"html"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/solieu/solieu/corpus"
)

var formatsDir = flag.String("formats-dir", "", "keep the seed files TestSeedFormats builds in `DIR` (for scoring them by hand)")

// sharedDir holds the shared seed articles, present beside the project's
// checkout but not in every one.
const sharedDir = "../../../shared"

// TestSeedFormats packs the seed articles into the containers researchers
// have (JSON lines, a .warc.gz with one gzip member per record, a zip) and
// checks that extract gives exactly the records of the .txt run: same
// documents, same values and attributes, spans into each container's own
// document text. seeds.warc.gz holds "conversion" records, the plain text
// of Common Crawl's WET files, so its text is the file's byte for byte.
// wrapped.warc.gz holds each text as an HTML page (a <p> per line) in an
// HTTP response: its records must be the same but for their offsets, and
// their sentences but for white space, which HTML-to-text collapses.
// pages.warc.gz holds the saved seed pages and must give exactly the
// records of the .html run.
func TestSeedFormats(t *testing.T) {
	texts, _ := filepath.Glob(filepath.Join(sharedDir, "seeds", "*.txt"))
	if len(texts) == 0 {
		t.Skipf("no seed texts in %s/seeds: the shared directory is absent", sharedDir)
	}
	pages, _ := filepath.Glob(filepath.Join(sharedDir, "seeds-html", "*.html"))

	dir := *formatsDir
	if dir == "" {
		dir = t.TempDir()
	} else {
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	var jsonl bytes.Buffer
	var entries []corpustest.File
	var wet, wrapped, warc []byte
	for _, p := range texts {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		line, err := json.Marshal(map[string]string{"id": id, "text": string(raw)})
		require.NoError(t, err)
		jsonl.Write(append(line, '\n'))
		entries = append(entries, corpustest.File{Name: "2024/" + filepath.Base(p), Data: raw})
		wet = append(wet, corpustest.Gzip(t, corpustest.WARCRecord("conversion", id, "text/plain", raw))...)
		var page strings.Builder
		page.WriteString("<!DOCTYPE html><html><body><article>\n")
		for _, l := range strings.Split(string(raw), "\n") {
			fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(l))
		}
		page.WriteString("</article></body></html>\n")
		resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page.String()
		wrapped = append(wrapped, corpustest.Gzip(t, corpustest.WARCRecord("response", id, "application/http; msgtype=response", []byte(resp)))...)
	}
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		id := strings.TrimSuffix(filepath.Base(p), ".html")
		// The header claims UTF-8 for every page, as servers do whatever
		// the page: one seed page is Windows-1258 and says so itself.
		resp := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(raw), raw)
		warc = append(warc, corpustest.Gzip(t, corpustest.WARCRecord("request", id, "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n")))...)
		warc = append(warc, corpustest.Gzip(t, corpustest.WARCRecord("response", id, "application/http; msgtype=response", resp))...)
	}
	built := map[string][]byte{
		"seeds.jsonl":     jsonl.Bytes(),
		"seeds.zip":       corpustest.Zip(t, entries...),
		"seeds.warc.gz":   wet,
		"wrapped.warc.gz": wrapped,
	}
	if len(pages) > 0 {
		built["pages.warc.gz"] = warc
	}
	for name, data := range built {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}

	fromText := extractRecords(t, texts...)
	require.NotEmpty(t, fromText, "the .txt run gives records")
	type test struct {
		file  string
		want  []map[string]any
		loose bool // offsets and the white space of sentences may differ
	}
	tests := []test{
		{"seeds.jsonl", fromText, false},
		{"seeds.zip", fromText, false},
		{"seeds.warc.gz", fromText, false},
		{"wrapped.warc.gz", fromText, true},
	}
	if len(pages) > 0 {
		tests = append(tests, test{"pages.warc.gz", extractRecords(t, pages...), false})
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			got := extractRecords(t, path)
			// Each container names its own sources: compare the rest.
			got, want := withoutSource(t, got), withoutSource(t, tt.want)
			if tt.loose {
				assert.Equal(t, looseRecords(want), looseRecords(got))
			} else {
				assert.Equal(t, want, got)
			}

			// Spans point into this container's own document texts.
			docText := map[string]string{}
			for it := range corpus.Walk([]string{path}, nil) {
				require.Nil(t, it.Err)
				docText[it.Doc.ID] = it.Doc.Text
			}
			for i, r := range got {
				text, ok := docText[r["doc"].(string)]
				require.True(t, ok, "record %d: doc %v not read from %s", i, r["doc"], tt.file)
				start, end := recordInt(t, r["start"]), recordInt(t, r["end"])
				require.True(t, 0 <= start && start <= end && end <= len(text), "record %d: span %d:%d outside the text", i, start, end)
				assert.Equal(t, r["text"], text[start:end], "record %d: text[start:end]", i)
			}
		})
	}
}

// withoutSource returns copies of records without their source, which
// must be set.
func withoutSource(t *testing.T, records []map[string]any) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, r := range records {
		c := maps.Clone(r)
		if s, _ := c["source"].(string); s == "" {
			t.Errorf("record %d has no source", i)
		}
		delete(c, "source")
		out = append(out, c)
	}
	return out
}

// looseRecords returns copies of records without their offsets and with
// the white space of their sentences collapsed.
func looseRecords(records []map[string]any) []map[string]any {
	var out []map[string]any
	for _, r := range records {
		c := maps.Clone(r)
		delete(c, "start")
		delete(c, "end")
		if s, ok := c["sentence"].(string); ok {
			c["sentence"] = strings.Join(strings.Fields(s), " ")
		}
		out = append(out, c)
	}
	return out
}

// extractRecords runs "solieu extract" on paths and returns its records,
// numbers kept as written. It fails the test unless every input was read.
func extractRecords(t *testing.T, paths ...string) []map[string]any {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"extract"}, paths...), strings.NewReader(""), &stdout, &stderr)
	require.Equal(t, exitOK, code, "extract %v: %s", paths, stderr.String())
	return decodeLines(t, stdout.Bytes())
}

// decodeLines decodes JSON lines into maps, with numbers as json.Number.
func decodeLines(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	for dec.More() {
		var m map[string]any
		require.NoError(t, dec.Decode(&m))
		out = append(out, m)
	}
	return out
}

// recordInt returns a decoded JSON integer.
func recordInt(t *testing.T, v any) int {
	t.Helper()
	n, ok := v.(json.Number)
	require.True(t, ok, "%v is not a number", v)
	i, err := n.Int64()
	require.NoError(t, err)
	return int(i)
}
