package corpus

import (
	"bytes"
	"github.com/solieu/solieu/corpus/corpustest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// addFiles seeds a fuzz target with the files matching pattern.
func addFiles(f *testing.F, pattern string) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkItems drains an iterator and checks the invariants every reader
// keeps: exactly one of Doc and Err, a named source, non-empty valid NFC
// text.
func checkItems(t *testing.T, name string, data []byte) {
	for it := range Open(name, bytes.NewReader(data)) {
		if (it.Doc == nil) == (it.Err == nil) {
			t.Fatalf("item with Doc %v and Err %v", it.Doc, it.Err)
		}
		if it.Err != nil {
			if !strings.HasPrefix(it.Err.Source, name) || it.Err.Err == nil {
				t.Fatalf("error %q does not name %s", it.Err, name)
			}
			continue
		}
		d := it.Doc
		if !strings.HasPrefix(d.Source, name) || d.ID == "" {
			t.Fatalf("document %q from %q: bad ID or source", d.ID, d.Source)
		}
		if d.Text == "" || !utf8.ValidString(d.Text) || !norm.NFC.IsNormalString(d.Text) {
			t.Fatalf("%s: text is empty, not UTF-8 or not NFC: %q", d.Source, d.Text)
		}
		if !utf8.ValidString(d.Title) || !norm.NFC.IsNormalString(d.Title) {
			t.Fatalf("%s: title is not NFC UTF-8: %q", d.Source, d.Title)
		}
		if d.Published != "" && normalizeDate(d.Published) != d.Published {
			t.Fatalf("%s: published %q is not normalized", d.Source, d.Published)
		}
		if !d.HTML && d.Blocks != nil {
			t.Fatalf("%s: blocks for text that is not from HTML", d.Source)
		}
		if d.Blocks != nil {
			checkBlocks(t, d.Text, d.Blocks)
		}
	}
}

// FuzzHTMLText checks that any bytes give valid, NFC, tidy text: no
// leading or trailing spaces on a line, at most one blank line in a row;
// and blocks that keep their invariants (see checkBlocks).
func FuzzHTMLText(f *testing.F) {
	addFiles(f, "testdata/*.html")
	addFiles(f, "testdata/broken/*.html")
	f.Add([]byte("<p>a<br>b</p><table><tr><td>c"))
	f.Add([]byte("<html><body>" + strings.Repeat("<div>", 600) + "sâu"))
	f.Add([]byte("<meta charset=windows-1258><p>Vi\xd2\xeat</p>"))
	f.Add([]byte("<h2 class=sapo>Sa<!---->\u0300</h2><p class=date>1/2</p><figure><figcaption>a<br><br>b</figcaption></figure>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := htmlText(data, "")
		if err != nil {
			t.Fatalf("htmlText: %v", err)
		}
		for _, s := range []string{p.text, p.title} {
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
				t.Fatalf("not NFC UTF-8: %q", s)
			}
		}
		if strings.Contains(p.text, "\n\n\n") {
			t.Fatalf("two blank lines in a row: %q", p.text)
		}
		for _, line := range strings.Split(p.text, "\n") {
			if strings.TrimSpace(line) != line {
				t.Fatalf("line with surrounding space: %q", line)
			}
		}
		checkBlocks(t, p.text, p.blocks)
	})
}

// FuzzReadJSONL reads arbitrary bytes as JSON lines.
func FuzzReadJSONL(f *testing.F) {
	addFiles(f, "testdata/broken/*.jsonl")
	f.Add([]byte(`{"id":"1","text":"một"}` + "\n" + `{"url":"u","html":"<p>hai</p>","published":"2020-01-02"}`))
	f.Add([]byte("{\"id\":7,\"text\":\"a\"}\r\n\n{bad\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.jsonl", data)
	})
}

// FuzzWARC reads arbitrary bytes as a WARC file, plain and gzipped.
func FuzzWARC(f *testing.F) {
	addFiles(f, "testdata/broken/*.warc*")
	html := articlePage("Tin", "Đoạn văn có 12 người, đủ dài để được chọn.")
	f.Add(warcResponse("http://x.vn/1", html))
	f.Add(corpustest.WARCRecord("resource", "http://x.vn/2", "text/html", html))
	f.Add(corpustest.WARCRecord("conversion", "http://x.vn/4", "text/plain", []byte("Dòng một\r\nDòng hai có 5 người.\n")))
	f.Add(corpustest.WARCRecord("response", "http://x.vn/3", "application/http",
		[]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n5\r\n<p>ab\r\n0\r\n\r\n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.warc", data)
	})
}

// FuzzArchive reads arbitrary bytes as an archive: the magic bytes pick
// gzip, zip or tar, and entries are read recursively.
func FuzzArchive(f *testing.F) {
	addFiles(f, "testdata/broken/*.zip")
	addFiles(f, "testdata/broken/*.gz")
	addFiles(f, "testdata/broken/*.tar")
	txt := []byte("Văn bản có 3 người.")
	f.Add(corpustest.Gzip(f, txt))
	f.Add(corpustest.Zip(f, corpustest.File{Name: "a.txt", Data: txt}, corpustest.File{Name: "b/c.html", Data: []byte("<p>c</p>")}, corpustest.File{Name: "d.zip", Data: corpustest.Zip(f, corpustest.File{Name: "e.txt", Data: txt})}))
	f.Add(corpustest.Tar(f, corpustest.File{Name: "a.txt", Data: txt}, corpustest.File{Name: "b.jsonl", Data: []byte(`{"id":"b","text":"b"}`)}))
	f.Add(corpustest.Gzip(f, corpustest.Tar(f, corpustest.File{Name: "a.txt", Data: txt})))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.zip", data)
	})
}
