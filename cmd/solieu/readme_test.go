package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestReadmeExamples runs every example of the README written as a shell
// line ("$ echo "…" | solieu VERB ARGS…") and requires the output shown
// under it, the lines up to the next blank one, so that the README cannot
// drift from what the command does.
func TestReadmeExamples(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type example struct {
		line       int
		stdin      string
		args, want []string
	}
	var exs []example
	var cur *example
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "$ "):
			cmd := strings.TrimPrefix(line, "$ ")
			echo, verb, ok := strings.Cut(cmd, " | solieu ")
			if !ok || !strings.HasPrefix(echo, "echo ") {
				t.Fatalf("README.md:%d: an example this test cannot run: %q", n, line)
			}
			in, err := strconv.Unquote(strings.TrimPrefix(echo, "echo "))
			if err != nil {
				t.Fatalf("README.md:%d: %v", n, err)
			}
			exs = append(exs, example{line: n, stdin: in + "\n", args: strings.Fields(verb)})
			cur = &exs[len(exs)-1]
		case line == "":
			cur = nil
		case cur != nil:
			cur.want = append(cur.want, line)
		}
	}
	if len(exs) == 0 {
		t.Fatal("no example found in README.md")
	}
	for _, ex := range exs {
		var stdout, stderr strings.Builder
		if code := run(ex.args, strings.NewReader(ex.stdin), &stdout, &stderr); code != 0 {
			t.Errorf("README.md:%d: exit %d: %s", ex.line, code, stderr.String())
			continue
		}
		if got := strings.TrimSpace(stdout.String()); got != strings.Join(ex.want, "\n") {
			t.Errorf("README.md:%d: the command prints\n%s\nthe README shows\n%s", ex.line, got, strings.Join(ex.want, "\n"))
		}
	}
}
