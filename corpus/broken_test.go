package corpus

import (
	"bytes"
	"github.com/solieu/solieu/corpus/corpustest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBroken reads each fixture in testdata/broken and checks the
// documents and errors it yields. None may panic or hang.
func TestBroken(t *testing.T) {
	tests := []struct {
		file string
		docs []string // IDs
		errs []string // "Source[:line]: message" prefixes, Source relative to testdata/broken
		// errDocs are the errors' Doc fields, when any is set.
		errDocs []string
	}{
		{file: "empty.txt", errs: []string{"empty.txt: corpus: empty input"}, errDocs: []string{"empty"}},
		{file: "invalid-utf8.txt", errs: []string{"invalid-utf8.txt: corpus: invalid UTF-8 at byte 26"}, errDocs: []string{"invalid-utf8"}},
		{file: "nested.html", docs: []string{"nested"}}, // 2000 levels: past the HTML parser's 512
		{file: "garbage.html", errs: []string{"garbage.html: corpus: binary content"}, errDocs: []string{"garbage"}},
		{file: "truncated.txt.gz", errs: []string{"truncated.txt.gz: gzip: corpus: truncated input: the compressed data ends at byte 75, inside the gzip member that starts at byte 0, after 23 bytes of output"}, errDocs: []string{"truncated"}},
		{file: "truncated.warc", docs: []string{"http://example.vn/tin-thu"},
			errs:    []string{"truncated.warc#534: corpus: truncated input: record of 284 bytes ends after 182"},
			errDocs: []string{"http://example.vn/tin-cut"}},
		{file: "truncated.warc.gz", docs: []string{"http://example.vn/tin-thu"},
			errs: []string{"truncated.warc.gz#377: gzip: corpus: truncated input: the compressed data ends at byte 565, inside the gzip member that starts at byte 377"}},
		{file: "truncated.tar", docs: []string{"a"}, errs: []string{"truncated.tar!b.txt: unexpected EOF"}, errDocs: []string{"b"}},
		{file: "evil.zip", docs: []string{"ok"}, errs: []string{
			"evil.zip!../evil.txt: corpus: unsafe path in archive",
			"evil.zip!/abs/evil2.txt: corpus: unsafe path in archive",
		}, errDocs: []string{"evil", "evil2"}},
		{file: "bad-lines.jsonl", docs: []string{"tin-1", "http://example.vn/tin-4"}, errs: []string{
			"bad-lines.jsonl:2: corpus: malformed record",
			"bad-lines.jsonl:3: corpus: no text",
			"bad-lines.jsonl:6: corpus: malformed record",
		}, errDocs: []string{"tin-2", "tin-3", ""}},
	}
	dir := filepath.Join("testdata", "broken")
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			docs, errs := collect(t, Walk([]string{filepath.Join(dir, tt.file)}, nil))
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			assert.Equal(t, tt.docs, ids)
			require.Len(t, errs, len(tt.errs), "errors: %v", errs)
			var errDocs []string
			for i, e := range errs {
				msg := strings.TrimPrefix(e.Error(), dir+string(filepath.Separator))
				assert.True(t, strings.HasPrefix(msg, tt.errs[i]), "got %q; want prefix %q", msg, tt.errs[i])
				errDocs = append(errDocs, e.Doc)
			}
			if tt.errDocs == nil && len(errs) > 0 {
				tt.errDocs = make([]string, len(errs))
			}
			assert.Equal(t, tt.errDocs, errDocs, "Doc of the errors")
		})
	}
}

// TestBrokenGenerated covers inputs too big to commit: a 50 MB line in
// every line-oriented or single-document format, and 100000 nested
// elements. They must finish without a panic or a hang, and without
// allocating more than a small multiple of their size (a copy per stage is
// fine, a copy per line fragment is not). The HTML case takes a few
// seconds, about half a minute under the race detector.
func TestBrokenGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	line := bytes.Repeat([]byte("Một dòng rất dài không có ký tự xuống dòng. "), 50<<20/47)
	nested := strings.Repeat("<div><span>", 100000) + "chữ" + strings.Repeat("</span></div>", 100000)
	tests := []struct {
		name string
		data []byte
		docs int
		errs int
	}{
		{"line.txt", line, 1, 0},
		{"line.html", line, 1, 0},
		{"line.jsonl", append(append([]byte(`{"id":"x","text":"`), line...), `"}`...), 1, 0},
		{"line-bad.jsonl", append([]byte(`{"id":"x","text":"`), line...), 0, 1},
		{"line.warc", line, 0, 1},
		{"line.txt.gz", corpustest.Gzip(t, line), 1, 0},
		{"nested.html", []byte(nested), 1, 0},
		{"nested.jsonl", []byte(`{"id":"n","html":"` + nested + `"}`), 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			docs, errs := collect(t, Open(tt.name, bytes.NewReader(tt.data)))
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			assert.Len(t, docs, tt.docs)
			assert.Len(t, errs, tt.errs)
			for _, e := range errs {
				assert.True(t, strings.HasPrefix(e.Source, tt.name), "source %q names the input", e.Source)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			size := len(tt.data)
			if strings.HasSuffix(tt.name, ".gz") {
				size = len(line) // what the reader sees
			}
			t.Logf("%d MB read in %v, %d MB allocated", size>>20, took, alloc>>20)
			if limit := 20 * uint64(max(size, 1<<20)); alloc > limit {
				t.Errorf("allocated %d MB for %d MB of input; want at most %d MB", alloc>>20, size>>20, limit>>20)
			}
			if took > 2*time.Minute {
				t.Errorf("took %v", took)
			}
		})
	}
}

// TestAccounting builds a tree of every kind of input, good and bad, and
// checks that each file, archive entry, JSON line and WARC response ends
// up as exactly one Document or one Error.
func TestAccounting(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string, data []byte) {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	txt := []byte("Năm 2023 có 1.000 người.")
	html := articlePage("Tin", "Đoạn văn chính có 2.000 người được hỗ trợ, đủ dài.")
	units := 0 // inputs that must each give one Document or one Error
	add := func(n int) { units += n }

	write("a.txt", txt)
	add(1)
	write("b.html", html)
	add(1)
	write("c/bad.txt", []byte("\xff\xfe\xfd"))
	add(1)
	write("c/empty.html", nil)
	add(1)
	write("c/d.jsonl", []byte("{\"id\":\"1\",\"text\":\"x\"}\nnot json\n\n{\"id\":\"3\",\"text\":\"z\"}\n"))
	add(3) // the blank line is not an input
	write("e.zip", corpustest.Zip(t, corpustest.File{Name: "x.txt", Data: txt}, corpustest.File{Name: "../y.txt", Data: txt}, corpustest.File{Name: "z.html", Data: html}, corpustest.File{Name: "g.bin", Data: []byte{0, 1}}))
	add(4)
	write("f.tar.gz", corpustest.Gzip(t, corpustest.Tar(t, corpustest.File{Name: "x.txt", Data: txt}, corpustest.File{Name: "y.jsonl", Data: []byte(`{"id":"t","text":"t"}` + "\n{}\n")})))
	add(3)
	warc, _ := warcGz(t,
		warcResponse("http://x.vn/1", html),
		corpustest.WARCRecord("request", "http://x.vn/1", "application/http", []byte("GET / HTTP/1.1\r\n\r\n")),
		warcResponse("http://x.vn/2", []byte("<html><body><script>only()</script></body></html>")),
	)
	write("g.warc.gz", warc)
	add(2) // the request record is not an input
	for _, name := range []string{"truncated.warc", "evil.zip", "bad-lines.jsonl", "garbage.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", "broken", name))
		require.NoError(t, err)
		write("broken/"+name, data)
	}
	add(2 + 3 + 5 + 1)
	write(".hidden/skip.txt", txt)

	docs, errs := collect(t, Walk([]string{dir}, nil))
	assert.Equal(t, units, len(docs)+len(errs), "documents %d + errors %d", len(docs), len(errs))
	seen := map[string]bool{}
	for _, d := range docs {
		assert.False(t, seen[d.Source], "source %s twice", d.Source)
		seen[d.Source] = true
		assert.NotEmpty(t, d.ID)
		assert.NotEmpty(t, d.Text)
	}
	for _, e := range errs {
		assert.True(t, strings.HasPrefix(e.Source, dir), "error source %q names the file", e.Source)
		assert.NotContains(t, e.Source, ".hidden")
	}
}
