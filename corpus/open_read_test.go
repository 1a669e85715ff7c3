//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadSmallSize checks that readSmall reads a file to its end whatever
// the size it is told: the size fstat gave, a smaller one (the file grew
// since), a larger one (it shrank) or 0 (a /proc file). It goes twice
// over the cases, so that pooled buffers of every size meet every file.
func TestReadSmallSize(t *testing.T) {
	dir := t.TempDir()
	for range 2 {
		for _, n := range []int{0, 1, 100, 4095, 4096, 4097, 8191, 8192, 10000} {
			content := strings.Repeat("Tỷ lệ 2,15%. ", n/15+1)[:n]
			p := filepath.Join(dir, "a.txt")
			require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
			for _, size := range []int{n, 0, n / 2, n - 1, n + 1, 2*n + 1, 4096, 4095} {
				if size < 0 {
					continue
				}
				fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
				require.NoError(t, err)
				d := readSmall(fd, p, size)
				syscall.Close(fd)
				require.NoError(t, d.err)
				assert.Equal(t, content, string(d.b), "file of %d bytes read as %d", n, size)
				assert.Equal(t, n, d.r.Len())
				d.release()
			}
		}
	}
}

// TestReadSmallError checks that a read error is kept with the bytes
// read before it: a directory opened as a file fails to read.
func TestReadSmallError(t *testing.T) {
	dir := t.TempDir()
	fd, err := syscall.Open(dir, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	require.NoError(t, err)
	defer syscall.Close(fd)
	d := readSmall(fd, dir, 10)
	require.Error(t, d.err)
	assert.ErrorIs(t, d.err, syscall.EISDIR)
	assert.Contains(t, d.err.Error(), "read "+dir)
	assert.Empty(t, d.b)
	d.release()
}

// TestWalkDirFiles checks files read by their names in an open
// directory: around subdirectories (the directory is closed and opened
// again), through symbolic links to files, relative and absolute, and
// with broken or looping links, whose errors name the paths.
func TestWalkDirFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) { writeFile(t, dir, rel, content) }
	write("a.txt", "một")
	write("b/c.txt", "hai")
	write("b/d/e.txt", "ba")
	write("b/f.txt", "bốn")
	write("g.txt", "năm")
	require.NoError(t, os.Symlink("g.txt", filepath.Join(dir, "h.txt")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "b", "c.txt"), filepath.Join(dir, "i.txt")))
	require.NoError(t, os.Symlink("../a.txt", filepath.Join(dir, "b", "j.txt")))
	require.NoError(t, os.Symlink("missing.txt", filepath.Join(dir, "k.txt")))
	require.NoError(t, os.Symlink("l.txt", filepath.Join(dir, "l.txt")))
	got := walkLines([]string{dir}, dir, "D")
	assert.Equal(t, []string{
		"/a.txt một",
		"/b/c.txt hai",
		"/b/d/e.txt ba",
		"/b/f.txt bốn",
		"/b/j.txt một",
		"/g.txt năm",
		"/h.txt năm",
		"/i.txt hai",
		"error D/k.txt: stat D/k.txt: no such file or directory",
		"error D/l.txt: stat D/l.txt: too many levels of symbolic links",
	}, got)
}
