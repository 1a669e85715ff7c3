package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"os"
	"strings"
	"testing"
)

// benchText is an article-sized text of our own writing (about 20 kB).
var benchText = strings.Repeat("Năm 2023, toàn tỉnh đã giải quyết việc làm cho 21.450 lao động, đạt 107% kế hoạch năm, "+
	"trong đó có 1.830 người đi làm việc ở nước ngoài theo hợp đồng; tỷ lệ hộ nghèo giảm còn 2,15%.\n\n", 100)

// benchOpen reads data as name b.N times and reports MB/s of size bytes
// (the uncompressed size for a compressed input).
func benchOpen(b *testing.B, name string, data []byte, size, wantDocs int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for it := range Open(name, bytes.NewReader(data)) {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			n++
		}
		if n != wantDocs {
			b.Fatalf("got %d documents; want %d", n, wantDocs)
		}
	}
}

func BenchmarkOpenText(b *testing.B) {
	benchOpen(b, "a.txt", []byte(benchText), len(benchText), 1)
}

func BenchmarkOpenHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/portal.html")
	if err != nil {
		b.Fatal(err)
	}
	// Grow the article to a realistic size: repeat its paragraphs.
	body := strings.Repeat("<p>"+strings.ReplaceAll(benchText[:220], "\n", "")+"</p>\n", 60)
	data = bytes.Replace(data, []byte(`<p class="author">`), []byte(body+`<p class="author">`), 1)
	benchOpen(b, "a.html", data, len(data), 1)
}

func BenchmarkOpenJSONL(b *testing.B) {
	var buf bytes.Buffer
	for i := range 100 {
		line, _ := json.Marshal(map[string]any{"id": i, "title": "Tin", "text": benchText[:2000], "published": "2023-12-28"})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	benchOpen(b, "a.jsonl", buf.Bytes(), buf.Len(), 100)
}

func BenchmarkOpenWARC(b *testing.B) {
	page := articlePage("Tin", strings.ReplaceAll(benchText[:4000], "\n\n", "</p><p>"))
	var records [][]byte
	for range 50 {
		records = append(records, warcResponse("http://x.vn/tin", page))
		records = append(records, corpustest.WARCRecord("request", "http://x.vn/tin", "application/http", []byte("GET /tin HTTP/1.1\r\n\r\n")))
	}
	data, _ := warcGz(b, records...)
	benchOpen(b, "a.warc.gz", data, len(bytes.Join(records, nil)), 50)
}

func BenchmarkOpenZip(b *testing.B) {
	var files []corpustest.File
	for i := range 20 {
		files = append(files, corpustest.File{Name: fmt.Sprintf("2023/tin-%02d.txt", i), Data: []byte(benchText)})
	}
	benchOpen(b, "a.zip", corpustest.Zip(b, files...), 20*len(benchText), 20)
}

func BenchmarkOpenTarGz(b *testing.B) {
	var files []corpustest.File
	for i := range 20 {
		files = append(files, corpustest.File{Name: fmt.Sprintf("2023/tin-%02d.txt", i), Data: []byte(benchText)})
	}
	benchOpen(b, "a.tar.gz", corpustest.Gzip(b, corpustest.Tar(b, files...)), 20*len(benchText), 20)
}
