package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBench builds a small corpus in each format and checks that bench
// reads every article of it and reports its figures.
func TestBench(t *testing.T) {
	samples := filepath.Join("..", "..", "testdata", "samples")
	docs := map[string]int{}
	for _, format := range []string{"txt", "jsonl", "warc.gz"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			var stdout, stderr bytes.Buffer
			args := []string{"bench", "-size", "0.05", "-format", format, "-j", "2", "-samples", samples, "-dir", dir}
			code := run(args, strings.NewReader(""), &stdout, &stderr)
			require.Equal(t, exitOK, code, "stderr: %s", stderr.String())
			m := benchLine.FindStringSubmatch(stdout.String())
			require.NotNil(t, m, "no result line in %q", stdout.String())
			n, _ := strconv.Atoi(m[1])
			records, _ := strconv.Atoi(m[2])
			assert.Equal(t, "0", m[3], "errors")
			assert.Greater(t, records, n, "records")
			docs[format] = n
			assert.Regexp(t, `MB/s, \d+ documents/s, \d+ records/s, peak RSS`, stdout.String())

			// a second run reuses the corpus
			stdout.Reset()
			require.Equal(t, exitOK, run(args, strings.NewReader(""), &stdout, &stderr))
			assert.Contains(t, stdout.String(), strconv.Itoa(n)+" documents")
		})
	}
	assert.Equal(t, docs["txt"], docs["jsonl"], "the same articles in every format")
	assert.Equal(t, docs["txt"], docs["warc.gz"], "the same articles in every format")

	var stdout, stderr bytes.Buffer
	assert.Equal(t, exitUsage, run([]string{"bench", "-format", "pdf"}, nil, &stdout, &stderr))
	assert.Equal(t, exitFailed, run([]string{"bench", "-samples", t.TempDir()}, nil, &stdout, &stderr))
}

// benchLine matches bench's line of counts.
var benchLine = regexp.MustCompile(`extract -j \d+: (\d+) documents, (\d+) records, (\d+) errors`)
