package main

import (
	"bytes"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractAccounting runs extract over a directory that mixes good
// inputs with broken ones and checks that nothing is lost: every document
// read is either in the output (the summary counts those with and without
// records) or in the error report, whose lines name the source, the
// document when it is known, and the failure.
func TestExtractAccounting(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string, data []byte) {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	jobs := []byte("Năm 2023, toàn tỉnh đã giải quyết việc làm cho 27.300 lao động, đạt 105% kế hoạch năm.\n")
	quiet := []byte("Sáng nay, hội nghị tổng kết công tác năm đã diễn ra tại hội trường của Sở.\n")
	page := []byte("<html><head><title>Tin</title></head><body><nav>Trang chủ</nav><article><h1>Tin việc làm</h1>" +
		"<p>Năm 2023, toàn tỉnh đã giải quyết việc làm cho 27.300 lao động, đạt 105% kế hoạch năm.</p></article></body></html>")
	resp := func(body []byte) []byte {
		return fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}
	gz := corpustest.Gzip(t, bytes.Repeat(jobs, 50))
	last := corpustest.Gzip(t, corpustest.WARCRecord("response", "http://x.vn/cut", "application/http", resp(page)))

	write("a-jobs.txt", jobs)                                                   // a document with records
	write("b-quiet.txt", quiet)                                                 // a document without records
	write("c-page.html", page)                                                  // a web page
	write("d/legacy.txt", []byte("Vi\xeac la\xccm cho 1.000 ng\xfd\xf5\xcci.")) // Windows-1258, not UTF-8
	write("d/empty.txt", nil)                                                   // nothing at all
	write("d/garbage.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("d/cut.txt.gz", gz[:len(gz)/2]) // a truncated gzip
	write("e.jsonl", []byte(`{"id":"j1","text":"Năm 2023, toàn tỉnh đã giải quyết việc làm cho 27.300 lao động."}`+"\n"+
		`{"id":"j2","text":`+"\n"+ // cut short
		`{"id":"j3","title":"không có nội dung"}`+"\n"+ // no text
		"\n"+ // a blank line is no document
		`{"url":"http://x.vn/j4","html":"<p>Năm 2023, toàn tỉnh đã giải quyết việc làm cho 27.300 lao động.</p>"}`+"\n"))
	write("f.zip", corpustest.Zip(t,
		corpustest.File{Name: "2023/x.txt", Data: jobs},
		corpustest.File{Name: "../evil.txt", Data: jobs}, // outside the tree
		corpustest.File{Name: "2023/y.html", Data: page},
	))
	write("g.warc.gz", bytes.Join([][]byte{
		corpustest.Gzip(t, corpustest.WARCRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n"))),
		corpustest.Gzip(t, corpustest.WARCRecord("response", "http://x.vn/1", "application/http", resp(page))),
		corpustest.Gzip(t, corpustest.WARCRecord("request", "http://x.vn/1", "application/http", []byte("GET / HTTP/1.1\r\n\r\n"))),
		corpustest.Gzip(t, corpustest.WARCRecord("response", "http://x.vn/empty", "application/http", resp([]byte("<html><body><script>x()</script></body></html>")))),
		last[:len(last)-30], // the last member cut short
	}, nil))
	write(".hidden/skip.txt", jobs) // hidden: not read

	type errWant struct{ source, doc, message string } // message is a prefix
	wantDocs := []string{"a-jobs", "b-quiet", "c-page", "j1", "http://x.vn/j4", "x", "y", "http://x.vn/1"}
	wantErrs := []errWant{
		{"d/cut.txt.gz", "cut", "gzip: corpus: truncated input: the compressed data ends at byte"},
		{"d/empty.txt", "empty", "corpus: empty input"},
		{"d/garbage.html", "garbage", "corpus: binary content"},
		{"d/legacy.txt", "legacy", "corpus: invalid UTF-8 at byte 2"},
		{"e.jsonl:2", "j2", "corpus: malformed record: record \"j2\": the line ends before its JSON object is closed"},
		{"e.jsonl:3", "j3", "corpus: no text"},
		{"f.zip!../evil.txt", "evil", "corpus: unsafe path in archive"},
		{"g.warc.gz#", "http://x.vn/empty", "corpus: no text"},
		{"g.warc.gz#", "http://x.vn/cut", "gzip: corpus: truncated input: the compressed data ends at byte"}, // the header was read
	}

	out, report := filepath.Join(t.TempDir(), "out.jsonl"), filepath.Join(t.TempDir(), "errors.jsonl")
	var stdout, stderr bytes.Buffer
	code := run([]string{"extract", "-o", out, "-errors", report, dir}, strings.NewReader(""), &stdout, &stderr)
	assert.Equal(t, exitFailed, code, "exit status")
	assert.Empty(t, stdout.String(), "records go to -o")

	// The summary line: documents in the output and errors add up to the
	// documents read.
	m := summary.FindStringSubmatch(stderr.String())
	require.NotNil(t, m, "no summary line in %q", stderr.String())
	docs, _ := strconv.Atoi(m[1])
	records, _ := strconv.Atoi(m[2])
	errs, _ := strconv.Atoi(m[3])
	assert.Equal(t, len(wantDocs)+len(wantErrs), docs+errs, "documents read = documents in the output + errors")
	assert.Equal(t, len(wantDocs), docs, "documents in the output")
	assert.Equal(t, len(wantErrs), errs, "errors")

	// Every record belongs to a document that was read, and those with
	// a figure all have records.
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	recs := decodeLines(t, raw)
	assert.Len(t, recs, records, "records in the summary")
	withRecords := map[string]bool{}
	for _, r := range recs {
		withRecords[r["doc"].(string)] = true
	}
	for doc := range withRecords {
		assert.Contains(t, wantDocs, doc, "records of a document not read")
	}
	for _, doc := range []string{"a-jobs", "c-page", "j1", "http://x.vn/j4", "x", "y", "http://x.vn/1"} {
		assert.True(t, withRecords[doc], "no records for %s", doc)
	}
	assert.False(t, withRecords["b-quiet"], "records for a text without figures")

	// The error report: one line per error, in input order, and the same
	// errors on standard error.
	raw, err = os.ReadFile(report)
	require.NoError(t, err)
	lines := decodeLines(t, raw)
	require.Len(t, lines, len(wantErrs), "error report:\n%s", raw)
	for i, l := range lines {
		w := wantErrs[i]
		source, _ := l["source"].(string)
		source = strings.TrimPrefix(filepath.ToSlash(source), filepath.ToSlash(dir)+"/")
		assert.True(t, strings.HasPrefix(source, w.source), "line %d: source %q; want %q", i+1, source, w.source)
		if w.doc == "" {
			assert.NotContains(t, l, "doc", "line %d: no doc is known", i+1)
		} else {
			assert.Equal(t, w.doc, l["doc"], "line %d: doc", i+1)
		}
		message, _ := l["message"].(string)
		assert.True(t, strings.HasPrefix(message, w.message), "line %d: message %q; want prefix %q", i+1, message, w.message)
		assert.Contains(t, stderr.String(), fmt.Sprintf("%s: %s\n", l["source"], message), "line %d on standard error", i+1)
	}
	assert.NotContains(t, stderr.String()+string(raw), ".hidden")
}

// summary matches extract's summary line.
var summary = regexp.MustCompile(`solieu extract: (\d+) documents, (\d+) records, (\d+) errors`)
