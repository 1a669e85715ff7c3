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

// TestWalkLongPath checks that a file whose path is too long to open
// gives the error opening its path gives, as when files were opened by
// path, though it could be opened by its name in its directory; a file
// with a shorter path in the same directory is read.
func TestWalkLongPath(t *testing.T) {
	dir := t.TempDir()
	seg := strings.Repeat("d", 200)
	for len(dir)+1+len(seg) <= pathMax-50 {
		dir = filepath.Join(dir, seg)
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	short := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(short, []byte("ngắn"), 0o644))
	name := strings.Repeat("x", pathMax-len(dir)) + ".txt"
	require.Less(t, len(name), 256)
	dfd, err := syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	require.NoError(t, err)
	fd, err := syscall.Openat(dfd, name, syscall.O_WRONLY|syscall.O_CREAT, 0o644)
	syscall.Close(dfd)
	require.NoError(t, err)
	syscall.Write(fd, []byte("dài"))
	syscall.Close(fd)
	long := filepath.Join(dir, name)
	require.GreaterOrEqual(t, len(long), pathMax)

	docs, errs := collect(t, Walk([]string{dir}, nil))
	require.Len(t, docs, 1)
	assert.Equal(t, "ngắn", docs[0].Text)
	require.Len(t, errs, 1)
	assert.Equal(t, long, errs[0].Source)
	assert.ErrorIs(t, errs[0], syscall.ENAMETOOLONG)
	assert.Contains(t, errs[0].Error(), "open "+long)
}

// TestWalkDotDotLink checks a directory named through a symbolic link and
// "..": files are still opened by the paths Walk names them by, which
// filepath.Join cleaned, not in the directory that was listed.
func TestWalkDotDotLink(t *testing.T) {
	root := t.TempDir()
	write := func(rel, content string) { writeFile(t, root, rel, content) }
	write("other/f.txt", "vật lý")
	write("other/g.txt", "chỉ ở đây")
	write("other/sub/h.txt", "con")
	write("a/f.txt", "từ vựng")
	require.NoError(t, os.Symlink(filepath.Join(root, "other", "sub"), filepath.Join(root, "a", "link")))
	got := walkLines([]string{filepath.Join(root, "a", "link") + "/.."}, root, "R")
	assert.Equal(t, []string{
		"/a/f.txt từ vựng",
		"error R/a/g.txt: open R/a/g.txt: no such file or directory",
		"error R/a/sub: open R/a/sub: no such file or directory",
	}, got)
	assert.True(t, joinIsPhysical("/a/b/c"))
	assert.True(t, joinIsPhysical("a/./b//c/"))
	assert.True(t, joinIsPhysical("../../a"))
	assert.True(t, joinIsPhysical("/../a"))
	assert.True(t, joinIsPhysical("."))
	assert.False(t, joinIsPhysical("a/.."))
	assert.False(t, joinIsPhysical("./a/../b"))
	assert.False(t, joinIsPhysical("../a/../b"))
}
