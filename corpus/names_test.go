package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus/corpustest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ids walks paths from root and returns "ID source" per document, with
// sources relative to root.
func ids(t *testing.T, root string, paths ...string) []string {
	t.Helper()
	var out []string
	for i, p := range paths {
		paths[i] = filepath.Join(root, p)
	}
	docs, errs := collect(t, Walk(paths, nil))
	require.Empty(t, errs)
	for _, d := range docs {
		out = append(out, d.ID+" "+strings.TrimPrefix(d.Source, root+string(filepath.Separator)))
	}
	return out
}

// TestUniqueIDs checks that documents with the same base name get IDs told
// apart by the shortest end of their paths, in directories, zips, tars and
// across the paths of a run, and that unique names keep their base name.
func TestUniqueIDs(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) { writeFile(t, dir, rel, content) }
	write("a/report.txt", "Tỉnh A: 12 người.")
	write("b/report.txt", "Tỉnh B: 13 người.")
	write("b/alone.txt", "Một mình.")
	write("c/x/note.txt", "ghi chú một")
	write("d/x/note.txt", "ghi chú hai")
	write("e/page.txt", "trang văn bản")
	write("e/page.html", "<p>trang web</p>")
	site := corpustest.Zip(t,
		corpustest.File{Name: "2021/index.html", Data: []byte("<p>năm trước</p>")},
		corpustest.File{Name: "2022/index.html", Data: []byte("<p>năm nay</p>")},
		corpustest.File{Name: "2022/only.html", Data: []byte("<p>riêng</p>")})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "site.zip"), site, 0o644))
	crawl := corpustest.Gzip(t, corpustest.Tar(t,
		corpustest.File{Name: "tin/2023/ban-tin.html", Data: []byte("<p>một</p>")},
		corpustest.File{Name: "tin/2024/ban-tin.html", Data: []byte("<p>hai</p>")}))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "crawl.tar.gz"), crawl, 0o644))

	want := []string{
		"a/report a/report.txt",
		"alone b/alone.txt",
		"b/report b/report.txt",
		"c/x/note c/x/note.txt",
		"d/x/note d/x/note.txt",
		"page.html e/page.html",
		"page.txt e/page.txt",
	}
	assert.Equal(t, want, ids(t, dir, "a", "b", "c", "d", "e"))
	// The IDs do not depend on the order of the paths.
	assert.Equal(t, []string{want[1], want[2], want[0]}, ids(t, dir, "b", "a"))
	// A name unique in the run keeps its base name.
	assert.Equal(t, []string{"report a/report.txt"}, ids(t, dir, "a"))

	assert.Equal(t, []string{
		"2021/index site.zip!2021/index.html",
		"2022/index site.zip!2022/index.html",
		"only site.zip!2022/only.html",
		"2023/ban-tin crawl.tar.gz!tin/2023/ban-tin.html",
		"2024/ban-tin crawl.tar.gz!tin/2024/ban-tin.html",
	}, ids(t, dir, "site.zip", "crawl.tar.gz"))

	// Open scans a seekable stream too.
	docs, errs := collect(t, Open("site.zip", bytes.NewReader(site)))
	require.Empty(t, errs)
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	assert.Equal(t, []string{"2021/index", "2022/index", "only"}, got)
}
