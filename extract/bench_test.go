package extract

import (
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
)

// BenchmarkExtractArticle extracts each sample article in turn; MB/s is
// over the article text.
func BenchmarkExtractArticle(b *testing.B) {
	docs := sampleDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Extract(d, Options{})
		}
	}
}

// BenchmarkExtractLong extracts one long document: the sample articles
// joined, repeated to about 256 KB.
func BenchmarkExtractLong(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 256<<10 {
		for _, d := range sampleDocs(b) {
			sb.WriteString(d.Text)
			sb.WriteString("\n\n")
		}
	}
	doc := corpus.Document{ID: "long", Text: sb.String()}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(doc, Options{})
	}
}
