package corpus

import (
	"bytes"
	"fmt"
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
	files := []file{
		{"01.txt", []byte(text)},
		{"02.txt", []byte("\xEF\xBB\xBF" + text + "thêm")},
		{"03.txt", []byte("Ha\u0300 No\u0323\u0302i 1.000")}, // not NFC
		{"04.txt", utf16},
		{"05.txt", []byte("ngắn")},
		{"06.txt", []byte("bad \xff byte")},
		{"07.txt", nil},
		{"08.txt", []byte(big)},
		{"09.html", []byte("<html><head><title>Tin</title></head><body><article><p>" + text + "</p></article></body></html>")},
		{"10.jsonl", []byte(`{"id":"a","text":"` + strings.TrimSpace(text) + `"}` + "\n" + `{"id":"b","text":"hai"}` + "\n")},
		{"11.zip", zipBytes(t, file{"x/a.txt", []byte("một")}, file{"b.txt", []byte(text)})},
		{"12.tar.gz", gzipBytes(t, tarBytes(t, file{"a.txt", []byte("hai")}, file{"c.html", []byte("<p>ba</p>")}))},
		{"13.warc.gz", func() []byte {
			b, _ := warcGz(t, warcResponse("http://x.vn/a", articlePage("Tin", text)))
			return b
		}()},
		{"14.bin", []byte("\x00\x01\x02")},
		{"15.txt", []byte(strings.Repeat("x", 5000))}, // past the first peek
		{"16.txt", []byte("cuối")},
	}
	var paths []string
	var want []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		require.NoError(t, os.WriteFile(p, f.data, 0o644))
		paths = append(paths, p)
		for it := range Open(p, bytes.NewReader(f.data)) {
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
