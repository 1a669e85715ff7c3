package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the CLI golden files")

// TestCLI runs each case directory under testdata/cli: args (one argument
// per line), optional stdin, and golden stdout, stderr and exit. A case
// with a file named tty runs with standard input taken for a terminal.
func TestCLI(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "cli", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no CLI cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, "args"))
			if err != nil {
				t.Fatal(err)
			}
			var args []string
			for _, a := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
				if a != "" {
					args = append(args, a)
				}
			}
			stdin, _ := os.ReadFile(filepath.Join(dir, "stdin"))
			var in io.Reader = bytes.NewReader(stdin)
			if _, err := os.Stat(filepath.Join(dir, "tty")); err == nil {
				in = terminal{in}
			}
			var stdout, stderr bytes.Buffer
			code := run(args, in, &stdout, &stderr)
			errText := timing.ReplaceAllString(stderr.String(), "X")
			got := map[string]string{"stdout": stdout.String(), "stderr": errText, "exit": strconv.Itoa(code) + "\n"}
			for _, name := range []string{"stdout", "stderr", "exit"} {
				path := filepath.Join(dir, name)
				if *update {
					if err := os.WriteFile(path, []byte(got[name]), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%s: %v (run with -update)", path, err)
				}
				if got[name] != string(want) {
					t.Errorf("%s:\ngot:\n%s\nwant:\n%s", name, got[name], want)
				}
			}
		})
	}
}

// A terminal is standard input that says it is a terminal.
type terminal struct{ io.Reader }

func (terminal) IsTerminal() bool { return true }

// timing matches the run-dependent figures of the summary line.
var timing = regexp.MustCompile(`[0-9.]+ MB in [0-9.]+s \([0-9.]+ MB/s\)`)
