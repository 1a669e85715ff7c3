package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is an article of our own writing, repeated to about 64 KB.
func benchText(b *testing.B) string {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "samples", "01_binh-dinh-2023.txt"))
	if err != nil {
		data = []byte("Năm 2023, toàn tỉnh giải quyết việc làm cho hơn 30.000 lao động, đạt 118% kế hoạch; tỷ lệ hộ nghèo giảm còn 1,12% (giảm 0,58% so với năm 2022); tổng kinh phí 120.938,5 triệu đồng. ")
	}
	return strings.Repeat(string(data), 64<<10/len(data)+1)
}

func BenchmarkScan(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text, Options{})
	}
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
