//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWalkFIFO checks that a named pipe given as an argument is read as a
// stream: it is not a regular file, and its size says nothing.
func TestWalkFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe.txt")
	require.NoError(t, syscall.Mkfifo(p, 0o600))
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("qua ống: 12,5%")
		f.Close()
	}()
	docs, errs := collect(t, Walk([]string{p}, nil))
	require.Empty(t, errs)
	require.Len(t, docs, 1)
	assert.Equal(t, "qua ống: 12,5%", docs[0].Text)
	assert.Equal(t, "pipe", docs[0].ID)
}
