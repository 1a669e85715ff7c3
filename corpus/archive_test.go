package corpus

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestArchives covers gzip, zip, tar and tar.gz, nested, with their errors.
func TestArchives(t *testing.T) {
	txt := []byte("Văn bản: 25 người.")
	html := articlePage("Trang", "Nội dung trang có 30 người được hỗ trợ học nghề, đủ dài.")
	jsonl := []byte("{\"id\":\"j1\",\"text\":\"dòng một\"}\n{\"id\":\"j2\",\"text\":\"dòng hai\"}\n")
	warc := warcResponse("http://x.vn/w", html)
	inner := corpustest.Zip(t, corpustest.File{Name: "sau/trong.txt", Data: txt})

	tests := []struct {
		name, file string
		data       []byte
		want       []string // "ID Source", or "error Source: message part"
	}{{
		name: "gzip text", file: "a.txt.gz", data: corpustest.Gzip(t, txt),
		want: []string{"a a.txt.gz"},
	}, {
		name: "gzip html without inner extension", file: "b.gz", data: corpustest.Gzip(t, html),
		want: []string{"b b.gz"},
	}, {
		name: "gzip jsonl", file: "c.jsonl.gz", data: corpustest.Gzip(t, jsonl),
		want: []string{"j1 c.jsonl.gz:1", "j2 c.jsonl.gz:2"},
	}, {
		name: "zip of everything", file: "d.zip",
		data: corpustest.Zip(t,
			corpustest.File{Name: "2021/", Data: nil},
			corpustest.File{Name: "2021/x.html", Data: html},
			corpustest.File{Name: "2021/y.txt", Data: txt},
			corpustest.File{Name: "l.jsonl", Data: jsonl},
			corpustest.File{Name: "w.warc", Data: warc},
			corpustest.File{Name: "t.txt.gz", Data: corpustest.Gzip(t, txt)},
			corpustest.File{Name: "inner.zip", Data: inner},
			corpustest.File{Name: ".hidden.txt", Data: txt},
			corpustest.File{Name: "__MACOSX/._x.html", Data: []byte{0, 5, 22, 7}},
			corpustest.File{Name: "anh.png", Data: []byte("\x89PNG\r\n\x1a\n\x00\x00")},
		),
		want: []string{
			"x d.zip!2021/x.html", "y d.zip!2021/y.txt", "j1 d.zip!l.jsonl:1", "j2 d.zip!l.jsonl:2",
			"http://x.vn/w d.zip!w.warc#0", "t d.zip!t.txt.gz", "trong d.zip!inner.zip!sau/trong.txt",
			"error d.zip!anh.png: corpus: binary content",
		},
	}, {
		name: "tar", file: "e.tar",
		data: corpustest.Tar(t, corpustest.File{Name: "a/b.txt", Data: txt}, corpustest.File{Name: "c.html", Data: html}),
		want: []string{"b e.tar!a/b.txt", "c e.tar!c.html"},
	}, {
		name: "tar.gz", file: "f.tar.gz",
		data: corpustest.Gzip(t, corpustest.Tar(t, corpustest.File{Name: "a/b.txt", Data: txt}, corpustest.File{Name: "w.warc.gz", Data: corpustest.Gzip(t, warc)})),
		want: []string{"b f.tar.gz!a/b.txt", "http://x.vn/w f.tar.gz!w.warc.gz#0"},
	}, {
		name: "tgz", file: "g.tgz",
		data: corpustest.Gzip(t, corpustest.Tar(t, corpustest.File{Name: "b.txt", Data: txt})),
		want: []string{"b g.tgz!b.txt"},
	}, {
		name: "unsafe paths", file: "h.zip",
		data: corpustest.Zip(t, corpustest.File{Name: "../evil.txt", Data: txt}, corpustest.File{Name: "ok/../../evil2.txt", Data: txt}, corpustest.File{Name: "/abs.txt", Data: txt}, corpustest.File{Name: "ok.txt", Data: txt}),
		want: []string{
			"error h.zip!../evil.txt: corpus: unsafe path in archive",
			"error h.zip!ok/../../evil2.txt: corpus: unsafe path in archive",
			"error h.zip!/abs.txt: corpus: unsafe path in archive",
			"ok h.zip!ok.txt",
		},
	}, {
		name: "unsafe tar path", file: "i.tar",
		data: corpustest.Tar(t, corpustest.File{Name: "../evil.txt", Data: txt}, corpustest.File{Name: "ok.txt", Data: txt}),
		want: []string{"error i.tar!../evil.txt: corpus: unsafe path in archive", "ok i.tar!ok.txt"},
	}, {
		name: "zip symbolic link reported", file: "n.zip", data: zipSymlink(t, "link.txt", "../../etc/passwd", corpustest.File{Name: "ok.txt", Data: txt}),
		want: []string{`error n.zip!link.txt: corpus: link not read: a symbolic link to "../../etc/passwd", not followed`, "ok n.zip!ok.txt"},
	}, {
		name: "tar links", file: "o.tar",
		data: tarEntries(t,
			tar.Header{Name: "a/goc.txt", Typeflag: tar.TypeReg}, txt,
			tar.Header{Name: "b/ban-sao.txt", Typeflag: tar.TypeLink, Linkname: "a/goc.txt"}, nil,
			tar.Header{Name: "c/lien-ket.txt", Typeflag: tar.TypeSymlink, Linkname: "../a/goc.txt"}, nil,
			tar.Header{Name: "d/truoc.txt", Typeflag: tar.TypeLink, Linkname: "e/sau.txt"}, nil,
			tar.Header{Name: "e/sau.txt", Typeflag: tar.TypeReg}, txt,
			tar.Header{Name: "f/ong", Typeflag: tar.TypeFifo}, nil),
		want: []string{
			"goc o.tar!a/goc.txt",
			"ban-sao o.tar!b/ban-sao.txt",
			`error o.tar!c/lien-ket.txt: corpus: link not read: a symbolic link to "../a/goc.txt", not followed`,
			`error o.tar!d/truoc.txt: corpus: link not read: a hard link to "e/sau.txt", an entry not found before it`,
			"sau o.tar!e/sau.txt",
			"error o.tar!f/ong: corpus: unknown format: a special file",
		},
	}, {
		name: "not a zip", file: "j.zip", data: []byte("PK\x03\x04 không phải zip"),
		want: []string{"error j.zip: zip: not a valid zip file"},
	}, {
		name: "gzip padded with zeros", file: "l.txt.gz", data: append(corpustest.Gzip(t, txt), make([]byte, 1024)...),
		want: []string{"l l.txt.gz"},
	}, {
		name: "gzip with trailing garbage", file: "m.txt.gz", data: append(corpustest.Gzip(t, txt), "rác"...),
		want: []string{"error m.txt.gz: gzip: bad member at byte"},
	}, {
		name: "truncated gzip", file: "k.txt.gz", data: corpustest.Gzip(t, bytes.Repeat(txt, 100))[:60],
		want: []string{"error k.txt.gz: gzip: corpus: truncated input: the compressed data ends at byte 60, inside the gzip member that starts at byte 0, after 2400 bytes of output"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for it := range Open(tt.file, bytes.NewReader(tt.data)) {
				if it.Err != nil {
					got = append(got, "error "+it.Err.Error())
					continue
				}
				got = append(got, it.Doc.ID+" "+it.Doc.Source)
			}
			require.Len(t, got, len(tt.want), "got %q", got)
			for i := range got {
				if strings.HasPrefix(tt.want[i], "error ") {
					assert.True(t, strings.HasPrefix(got[i], tt.want[i]), "got %q; want prefix %q", got[i], tt.want[i])
				} else {
					assert.Equal(t, tt.want[i], got[i])
				}
			}
		})
	}
}

// TestArchiveDepth nests zips deeper than the reader follows.
func TestArchiveDepth(t *testing.T) {
	data := []byte("đáy")
	name := "x.txt"
	for range maxDepth + 2 {
		data = corpustest.Zip(t, corpustest.File{Name: name, Data: data})
		name = "z.zip"
	}
	docs, errs := collect(t, Open("top.zip", bytes.NewReader(data)))
	assert.Empty(t, docs)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrTooDeep)
	assert.True(t, strings.HasPrefix(errs[0].Source, "top.zip!z.zip!"), "source %q", errs[0].Source)
}

// TestArchiveBomb checks the per-entry limit against entries that expand
// past it, whatever their headers claim.
func TestArchiveBomb(t *testing.T) {
	defer func(n int64) { maxEntrySize = n }(maxEntrySize)
	maxEntrySize = 1 << 20
	big := bytes.Repeat([]byte("bom "), 1<<19) // 2 MiB of text, a few kB compressed
	tests := []struct {
		name, file string
		data       []byte
	}{
		{"gzip", "a.txt.gz", corpustest.Gzip(t, big)},
		{"zip", "b.zip", corpustest.Zip(t, corpustest.File{Name: "big.txt", Data: big})},
		{"tar.gz", "c.tar.gz", corpustest.Gzip(t, corpustest.Tar(t, corpustest.File{Name: "big.txt", Data: big}))},
		{"jsonl line", "d.jsonl.gz", corpustest.Gzip(t, append(append([]byte(`{"text":"`), big...), `"}`...))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, Open(tt.file, bytes.NewReader(tt.data)))
			assert.Empty(t, docs)
			require.Len(t, errs, 1)
			assert.ErrorIs(t, errs[0], ErrTooLarge)
		})
	}
}

// TestZipAtOffset opens a zip from a reader that does not start at offset
// zero: ReadAt must count from where the reader stood.
func TestZipAtOffset(t *testing.T) {
	data := append([]byte("phần đầu không thuộc tệp zip"), corpustest.Zip(t, corpustest.File{Name: "a.txt", Data: []byte("một")})...)
	r := bytes.NewReader(data)
	_, err := r.Seek(int64(len("phần đầu không thuộc tệp zip")), 0)
	require.NoError(t, err)
	docs, errs := collect(t, Open("x.zip", r))
	require.Empty(t, errs)
	require.Len(t, docs, 1)
	assert.Equal(t, "x.zip!a.txt", docs[0].Source)
}

// zipSymlink returns a zip holding a symbolic link name → target, then files.
func zipSymlink(t *testing.T, name, target string, files ...corpustest.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	h := &zip.FileHeader{Name: name}
	h.SetMode(fs.ModeSymlink | 0o777)
	w, err := z.CreateHeader(h)
	require.NoError(t, err)
	_, err = w.Write([]byte(target))
	require.NoError(t, err)
	for _, f := range files {
		w, err := z.Create(f.Name)
		require.NoError(t, err)
		_, err = w.Write(f.Data)
		require.NoError(t, err)
	}
	require.NoError(t, z.Close())
	return buf.Bytes()
}

// TestDecompressionBudget checks the bound on what one input may
// decompress to, with the bound lowered: entries that each stay under the
// per-entry limit but together expand far past the input's size end in
// ErrTooLarge, one Error per entry, and reading finishes.
func TestDecompressionBudget(t *testing.T) {
	ratio, free := maxRatio, freeOut
	defer func() { maxRatio, freeOut = ratio, free }()
	maxRatio, freeOut = 10, 1<<20
	big := bytes.Repeat([]byte("bom "), 1<<18) // 1 MiB of text, a few kB compressed
	var entries []corpustest.File
	for i := range 8 {
		entries = append(entries, corpustest.File{Name: fmt.Sprintf("%d.txt", i), Data: big})
	}
	nested := corpustest.Zip(t, corpustest.File{Name: "a.zip", Data: corpustest.Zip(t, entries...)}, corpustest.File{Name: "b.zip", Data: corpustest.Zip(t, entries...)})
	tests := []struct {
		name, file string
		data       []byte
		docs       int // read before the budget runs out
	}{
		{"zip", "a.zip", corpustest.Zip(t, entries...), 1},
		{"nested zip", "n.zip", nested, 0},
		{"tar.gz", "c.tar.gz", corpustest.Gzip(t, corpustest.Tar(t, entries...)), 1},
		{"gzip members", "d.txt.gz", bytes.Repeat(corpustest.Gzip(t, big), 8), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, Open(tt.file, bytes.NewReader(tt.data)))
			assert.Len(t, docs, tt.docs)
			require.NotEmpty(t, errs)
			for _, e := range errs {
				assert.ErrorIs(t, e, ErrTooLarge)
			}
		})
	}
	// The same input is read whole within the default budget.
	maxRatio, freeOut = ratio, free
	docs, errs := collect(t, Open("a.zip", bytes.NewReader(corpustest.Zip(t, entries...))))
	assert.Len(t, docs, 8)
	assert.Empty(t, errs)
}

// tarEntries returns a tar archive of the headers, each followed by its
// data (the size is set from it).
func tarEntries(t *testing.T, entries ...any) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	for i := 0; i < len(entries); i += 2 {
		h := entries[i].(tar.Header)
		data, _ := entries[i+1].([]byte)
		h.Size, h.Mode = int64(len(data)), 0o644
		require.NoError(t, w.WriteHeader(&h))
		_, err := w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// TestArchiveAccounting reads the same four files, one of them a hard
// link and one a symbolic link, from a directory, a zip and a tar: every
// entry is a document or an Error, never dropped silently.
func TestArchiveAccounting(t *testing.T) {
	txt := []byte("Văn bản: 25 người.")
	two := []byte("Văn bản hai: 40 hộ.")
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", string(txt))
	writeFile(t, dir, "b.txt", string(two))
	require.NoError(t, os.Link(filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt")))
	require.NoError(t, os.Symlink("b.txt", filepath.Join(dir, "d.txt")))
	docs, errs := collect(t, Walk([]string{dir}, nil))
	assert.Len(t, docs, 4)
	assert.Empty(t, errs)

	zipped := zipSymlink(t, "d.txt", "b.txt", corpustest.File{Name: "a.txt", Data: txt},
		corpustest.File{Name: "b.txt", Data: two}, corpustest.File{Name: "c.txt", Data: txt})
	docs, errs = collect(t, Open("x.zip", bytes.NewReader(zipped)))
	assert.Len(t, docs, 3)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrLink)
	assert.Equal(t, "x.zip!d.txt", errs[0].Source)

	tarred := tarEntries(t,
		tar.Header{Name: "a.txt", Typeflag: tar.TypeReg}, txt,
		tar.Header{Name: "b.txt", Typeflag: tar.TypeReg}, two,
		tar.Header{Name: "c.txt", Typeflag: tar.TypeLink, Linkname: "a.txt"}, nil,
		tar.Header{Name: "d.txt", Typeflag: tar.TypeSymlink, Linkname: "b.txt"}, nil)
	for _, name := range []string{"x.tar", "x.tar.gz"} {
		data := tarred
		if name == "x.tar.gz" {
			data = corpustest.Gzip(t, tarred)
		}
		docs, errs = collect(t, Open(name, bytes.NewReader(data)))
		require.Len(t, docs, 3, name)
		assert.Equal(t, string(txt), docs[2].Text)
		assert.Equal(t, name+"!c.txt", docs[2].Source)
		require.Len(t, errs, 1)
		assert.ErrorIs(t, errs[0], ErrLink)
		assert.Equal(t, name+"!d.txt", errs[0].Source)
	}
}

// TestDamageMessages checks what errors say about damaged archives: one
// damaged zip entry is that entry's error and the others are read; a
// damaged central directory, and a cut gzip stream, say what and where.
func TestDamageMessages(t *testing.T) {
	txt := bytes.Repeat([]byte("Văn bản: 25 người, tỉnh hỗ trợ nhiều hộ. "), 20)
	z := corpustest.Zip(t, corpustest.File{Name: "a.txt", Data: txt}, corpustest.File{Name: "b.txt", Data: txt}, corpustest.File{Name: "c.txt", Data: txt})
	local := bytes.Index(z[4:], []byte("PK\x03\x04")) + 4             // b.txt's local header
	dir := bytes.Index(z, []byte("PK\x01\x02"))                       // a.txt's central header
	central := bytes.Index(z[dir+4:], []byte("PK\x01\x02")) + dir + 4 // b.txt's
	gz := corpustest.Gzip(t, txt)
	tests := []struct {
		name, file string
		damage     func(b []byte) []byte
		docs       int
		msg        string // the one error, "" for none
	}{
		{"zip local header", "x.zip", func(b []byte) []byte { b[local+2] = 'X'; return b }, 2,
			"x.zip!b.txt: zip: this entry is damaged: its local header is not a zip header (zip: not a valid zip file)"},
		{"zip entry data", "x.zip", func(b []byte) []byte {
			for k := local + 40; k < local+60; k++ {
				b[k] ^= 0x5a
			}
			return b
		}, 2, "x.zip!b.txt: zip: this entry is damaged: its compressed data are corrupt at byte 12 of them"},
		{"zip entry checksum", "x.zip", func(b []byte) []byte { b[central+16] ^= 0xff; return b }, 2,
			"x.zip!b.txt: zip: this entry is damaged: its data do not match their checksum (zip: checksum error)"},
		{"zip central directory", "x.zip", func(b []byte) []byte { b[central+1] = 'X'; return b }, 0,
			"x.zip: zip: not a valid zip file: the central directory, which lists the entries, is missing or damaged; no entry was read"},
		{"gzip cut", "a.txt.gz", func(b []byte) []byte { return b[:len(b)-20] }, 0,
			"a.txt.gz: gzip: corpus: truncated input: the compressed data ends at byte"},
		{"intact", "x.zip", func(b []byte) []byte { return b }, 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := z
			if strings.HasSuffix(tt.file, ".gz") {
				data = gz
			}
			docs, errs := collect(t, Open(tt.file, bytes.NewReader(tt.damage(bytes.Clone(data)))))
			assert.Len(t, docs, tt.docs)
			if tt.msg == "" {
				assert.Empty(t, errs)
				return
			}
			require.Len(t, errs, 1)
			assert.True(t, strings.HasPrefix(errs[0].Error(), tt.msg), "got %q; want prefix %q", errs[0].Error(), tt.msg)
		})
	}
}
