package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/solieu/solieu/corpus"
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
	assert.Equal(t, exitUsage, run([]string{"bench", "-runs", "0"}, nil, &stdout, &stderr))
	assert.Equal(t, exitFailed, run([]string{"bench", "-samples", t.TempDir()}, nil, &stdout, &stderr))
}

// benchLine matches bench's line of counts.
var benchLine = regexp.MustCompile(`extract -j \d+: (\d+) documents, (\d+) records, (\d+) errors`)

// TestBenchGrep runs bench with -runs and -grep: it reports the fastest of
// the runs and, beside it, grep's count of the numbers of the same text,
// which must be the count of the pattern's matches in the sample text.
func TestBenchGrep(t *testing.T) {
	if _, err := exec.LookPath("grep"); err != nil {
		t.Skip("no grep")
	}
	samples := filepath.Join("..", "..", "testdata", "samples")
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"bench", "-size", "0.2", "-j", "2", "-runs", "2", "-grep", "-samples", samples, "-dir", dir}
	require.Equal(t, exitOK, run(args, strings.NewReader(""), &stdout, &stderr), "stderr: %s", stderr.String())
	out := stdout.String()
	assert.Contains(t, out, "fastest of 2 runs")
	m := regexp.MustCompile(`over the same ([\d.]+) MB: (\d+) lines in [\d.]+s \(([\d.]+) CPU-s\)`).FindStringSubmatch(out)
	require.NotNil(t, m, "no grep line in %q", out)
	// the corpus cycles through the samples: count the pattern in the
	// same articles, in the same order
	var text strings.Builder
	for item := range corpus.Walk([]string{dir}, nil) {
		require.Nil(t, item.Err)
		text.WriteString(item.Doc.Text)
	}
	want := len(regexp.MustCompile(grepPattern).FindAllStringIndex(text.String(), -1))
	assert.Equal(t, strconv.Itoa(want), m[2], "grep's lines")
	assert.Regexp(t, `extract / grep: [\d.]+× the wall time, [\d.]+× the CPU time`, out)
}
