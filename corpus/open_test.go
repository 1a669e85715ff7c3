package corpus

import (
	"errors"
	"github.com/solieu/solieu/corpus/corpustest"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDetect checks which format each input is read as: magic bytes win
// over the extension, the extension over a look at the content.
func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                string // format name, or "" for an error
		err                 error
	}{
		{"text by extension", "a.txt", "<html> but named .txt", "text", nil},
		{"html by extension", "a.htm", "chữ thường", "html", nil},
		{"html by content", "a.dat", "\ufeff  <!DOCTYPE html><html>", "html", nil},
		{"html fragment by content", "noext", "<p>đoạn</p>", "html", nil},
		{"jsonl by extension", "a.ndjson", "", "jsonl", nil},
		{"jsonl by content", "dump", `{"id":"1","text":"x"}`, "jsonl", nil},
		{"warc by magic", "a.txt", "WARC/1.0\r\n", "warc", nil},
		{"gzip by magic", "a.txt", "\x1f\x8b\x08\x00", "gzip", nil},
		{"zip by magic", "a.html", "PK\x03\x04", "zip", nil},
		{"tar by magic", "a", strings.Repeat("\x00", 1) + strings.Repeat("a", 256) + "ustar\x0000", "tar", nil},
		{"text by content", "README", "Chỉ là văn bản.\n", "text", nil},
		{"binary named html", "a.html", "\x00\x01\x02garbage", "", ErrBinary},
		{"unknown binary", "a.pdf", "%PDF-1.4\xff\xfe\x00", "", ErrBinary},
		{"binary without NUL named html", "a.html", "\x01\x02\x03\x04<p>\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17", "", ErrBinary},
		{"text with a few controls", "a.txt", "Dòng một\fDòng hai\x1b[0m có 12 người, đủ dài để không là nhị phân.", "text", nil},
		{"unknown non-UTF-8", "a.doc", "\xd0\xcf legacy", "", ErrUnknownFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &input{name: tt.file}
			f, err := detect(in, []byte(tt.content))
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.name)
		})
	}
}

// TestOpenText covers plain text documents.
func TestOpenText(t *testing.T) {
	tests := []struct {
		name, file, content string
		id, text            string
		err                 error
	}{
		{name: "as given", file: "dir/000_abc.txt", content: "Dòng 1\r\nDòng 2\n\n  thụt lề  \n", id: "000_abc", text: "Dòng 1\r\nDòng 2\n\n  thụt lề  \n"},
		{name: "BOM removed", file: "a.txt", content: "\ufeffCó BOM", id: "a", text: "Có BOM"},
		{name: "NFD becomes NFC", file: "a.txt", content: "Hoa\u0300 Bi\u0300nh", id: "a", text: "Hoà Bình"},
		{name: "UTF-16 with BOM", file: "u.txt", content: "\xff\xfeV\x00i\x00\xc7\x1ec\x00", id: "u", text: "Việc"},
		{name: "last extension only", file: "bao.cao.2021.txt", content: "x", id: "bao.cao.2021", text: "x"},
		{name: "no extension", file: "ghichu", content: "ghi chú", id: "ghichu", text: "ghi chú"},
		{name: "invalid UTF-8", file: "bad.txt", content: "ok\xffno", err: ErrInvalidUTF8},
		{name: "empty", file: "e.txt", content: "", err: ErrEmpty},
		{name: "blank", file: "b.txt", content: " \r\n\t\n", err: ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, Open(tt.file, strings.NewReader(tt.content)))
			if tt.err != nil {
				require.Empty(t, docs)
				require.Len(t, errs, 1)
				assert.ErrorIs(t, errs[0], tt.err)
				assert.Equal(t, tt.file, errs[0].Source)
				return
			}
			require.Empty(t, errs)
			require.Len(t, docs, 1)
			assert.Equal(t, Document{ID: tt.id, Source: tt.file, Text: tt.text}, *docs[0])
		})
	}
}

// TestWalk checks the order of a directory walk, hidden files, stdin and
// a missing path.
func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) { writeFile(t, dir, rel, content) }
	write("b.txt", "bê")
	write("a/z.txt", "zét")
	write("a/c.html", "<p>xê</p>")
	write("c.txt", "xê hai")
	write(".hidden.txt", "ẩn")
	write(".git/x.txt", "ẩn")
	write("a/.DS_Store", "\x00\x00")
	require.NoError(t, os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "link-to-dir")))

	paths := []string{filepath.Join(dir, "c.txt"), dir, "-", filepath.Join(dir, "missing.txt"), filepath.Join(dir, ".hidden.txt")}
	var got []string
	for it := range Walk(paths, strings.NewReader("từ stdin")) {
		if it.Err != nil {
			got = append(got, "error "+strings.TrimPrefix(it.Err.Source, dir))
			assert.ErrorIs(t, it.Err, os.ErrNotExist)
			continue
		}
		got = append(got, it.Doc.ID+" "+strings.TrimPrefix(it.Doc.Source, dir)+" "+it.Doc.Text)
	}
	// c.txt and a/c.html would both be "c": each is told apart by its
	// directory; c.txt named twice is one document.
	root := filepath.Base(dir) + "/c"
	want := []string{
		root + " /c.txt xê hai",
		"a/c /a/c.html xê",
		"z /a/z.txt zét",
		"b /b.txt bê",
		root + " /c.txt xê hai",
		"stdin stdin từ stdin",
		"error /missing.txt",
		".hidden /.hidden.txt ẩn",
	}
	assert.Equal(t, want, got)
}

// TestWalkStop checks that breaking out of the loop stops reading.
func TestWalkStop(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(n), 0o644))
	}
	n := 0
	for range Walk([]string{dir, dir}, nil) {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

// TestErrorString checks the "source:line: message" form and Unwrap.
func TestErrorString(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Source: "a.jsonl", Line: 17, Err: ErrBadRecord}, "a.jsonl:17: corpus: malformed record"},
		{&Error{Source: "b.zip!x/../y.txt", Err: ErrUnsafePath}, "b.zip!x/../y.txt: corpus: unsafe path in archive"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
			assert.Equal(t, tt.want, tt.err.Where()+": "+tt.err.Err.Error())
			assert.True(t, errors.Is(tt.err, tt.err.Err))
		})
	}
}

// TestOpenReader checks Open on a reader that is neither a file nor a
// ReaderAt (zip must buffer it) and the stdin name.
func TestOpenReader(t *testing.T) {
	z := corpustest.Zip(t, corpustest.File{Name: "tin/a.txt", Data: []byte("một")})
	docs, errs := collect(t, Open("-", io.MultiReader(strings.NewReader(string(z)))))
	require.Empty(t, errs)
	require.Len(t, docs, 1)
	assert.Equal(t, Document{ID: "a", Source: "stdin!tin/a.txt", Text: "một"}, *docs[0])
}

// writeFile writes content to the file at rel under root, making its
// directories.
func writeFile(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, rel)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
}

// walkLines walks paths and returns a line per item: a document's source,
// less root, and its text, or "error " and the error, with root written as
// name.
func walkLines(paths []string, root, name string) []string {
	var got []string
	for it := range Walk(paths, nil) {
		if it.Err != nil {
			got = append(got, "error "+strings.ReplaceAll(it.Err.Error(), root, name))
			continue
		}
		got = append(got, strings.TrimPrefix(it.Doc.Source, root)+" "+it.Doc.Text)
	}
	return got
}
