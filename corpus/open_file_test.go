package corpus

import (
	"bytes"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// itemString renders an Item for comparisons.
func itemString(it Item) string {
	if it.Err != nil {
		return "error " + it.Err.Error()
	}
	return fmt.Sprintf("%+v", *it.Doc)
}

// TestWalkFilesLikeOpen checks that Walk, which reads small files into
// memory at once and larger ones as a stream, yields what Open yields
// for the same bytes, in every format, with buffers reused from file to
// file.
func TestWalkFilesLikeOpen(t *testing.T) {
	dir := t.TempDir()
	text := "Năm 2023, toàn tỉnh giải quyết việc làm cho 21.450 lao động.\n"
	big := strings.Repeat(text, smallFile/len(text)+10) // over smallFile: read as a stream
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Tỷ lệ 2,15%" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	files := []corpustest.File{
		{Name: "01.txt", Data: []byte(text)},
		{Name: "02.txt", Data: []byte("\xEF\xBB\xBF" + text + "thêm")},
		{Name: "03.txt", Data: []byte("Ha\u0300 No\u0323\u0302i 1.000")}, // not NFC
		{Name: "04.txt", Data: utf16},
		{Name: "05.txt", Data: []byte("ngắn")},
		{Name: "06.txt", Data: []byte("bad \xff byte")},
		{Name: "07.txt", Data: nil},
		{Name: "08.txt", Data: []byte(big)},
		{Name: "09.html", Data: []byte("<html><head><title>Tin</title></head><body><article><p>" + text + "</p></article></body></html>")},
		{Name: "10.jsonl", Data: []byte(`{"id":"a","text":"` + strings.TrimSpace(text) + `"}` + "\n" + `{"id":"b","text":"hai"}` + "\n")},
		{Name: "11.zip", Data: corpustest.Zip(t, corpustest.File{Name: "x/a.txt", Data: []byte("một")}, corpustest.File{Name: "b.txt", Data: []byte(text)})},
		{Name: "12.tar.gz", Data: corpustest.Gzip(t, corpustest.Tar(t, corpustest.File{Name: "d.txt", Data: []byte("hai")}, corpustest.File{Name: "c.html", Data: []byte("<p>ba</p>")}))},
		{Name: "13.warc.gz", Data: func() []byte {
			b, _ := warcGz(t, warcResponse("http://x.vn/a", articlePage("Tin", text)))
			return b
		}()},
		{Name: "14.bin", Data: []byte("\x00\x01\x02")},
		{Name: "15.txt", Data: []byte(strings.Repeat("x", 5000))}, // past the first peek
		{Name: "16.txt", Data: []byte("cuối")},
	}
	var paths []string
	var want []string
	for _, f := range files {
		p := filepath.Join(dir, f.Name)
		require.NoError(t, os.WriteFile(p, f.Data, 0o644))
		paths = append(paths, p)
		for it := range Open(p, bytes.NewReader(f.Data)) {
			want = append(want, itemString(it))
		}
	}
	// The directory, then each file named on its own, twice: the pooled
	// buffers go from one file to the next.
	for range 2 {
		var got []string
		for it := range Walk([]string{dir}, nil) {
			got = append(got, itemString(it))
		}
		assert.Equal(t, want, got)
		got = nil
		for it := range Walk(paths, nil) {
			got = append(got, itemString(it))
		}
		assert.Equal(t, want, got)
	}
}

// TestWalkKeepsText checks that documents stay intact after later files
// are read into the same pooled buffers.
func TestWalkKeepsText(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 50 {
		s := strings.Repeat(fmt.Sprintf("Bài %d: tỷ lệ %d,5%%. ", i, i), 1+i*7)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(s), 0o644))
		want = append(want, s)
	}
	var docs []*Document
	for it := range Walk([]string{dir}, nil) {
		require.Nil(t, it.Err)
		docs = append(docs, it.Doc)
	}
	require.Len(t, docs, len(want))
	for i, d := range docs {
		assert.Equal(t, want[i], d.Text, "document %d", i)
	}
}

// TestWalkUnreadable checks the error for a file that cannot be opened.
func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte("x"), 0o000))
	_, errs := collect(t, Walk([]string{dir}, nil))
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], os.ErrPermission)
	assert.Contains(t, errs[0].Error(), "open "+p)
}

func BenchmarkWalkFiles(b *testing.B) {
	dir := b.TempDir()
	const n = 200
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(benchText[:3200]), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n * 3200)
	b.ReportAllocs()
	for b.Loop() {
		docs := 0
		for it := range Walk([]string{dir}, nil) {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			docs++
		}
		if docs != n {
			b.Fatalf("%d documents; want %d", docs, n)
		}
	}
}
