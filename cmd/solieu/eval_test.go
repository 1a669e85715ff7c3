package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// shared is the shared directory beside the repository.
var shared = filepath.Join("..", "..", "..", "shared")

// needShared skips the test when python3 or the named files under
// ../shared are absent, and returns their paths.
func needShared(t *testing.T, names ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipped: python3 is not on PATH, so the shared scorers cannot run")
	}
	var paths []string
	for _, n := range names {
		p := filepath.Join(shared, n)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("skipped: %s is not present (../shared is not checked out beside the repo)", p)
		}
		paths = append(paths, p)
	}
	return paths
}

// runCLI runs one command line in-process and returns its stdout, stderr
// and exit status.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// TestEvalAgreesWithScorePy extracts the seeds (text and HTML) and our
// samples, scores the records with ../shared/eval/score.py and with
// "solieu eval", both on the record file and on the articles themselves,
// and requires the same output to the byte.
func TestEvalAgreesWithScorePy(t *testing.T) {
	p := needShared(t, "eval/score.py", "eval/gold/seeds.jsonl", "seeds", "seeds-html")
	script, seedGold, seeds, seedsHTML := p[0], p[1], p[2], p[3]
	for _, tc := range []struct {
		name, input, gold string
	}{
		{"seeds", seeds, seedGold},
		{"seeds-html", seedsHTML, seedGold},
		{"samples", filepath.Join("..", "..", "testdata", "samples"), filepath.Join("..", "..", "testdata", "gold.jsonl")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			if _, stderr, code := runCLI(t, "extract", "-o", pred, tc.input); code != 0 {
				t.Fatalf("extract: exit %d: %s", code, stderr)
			}
			for _, show := range []bool{false, true} {
				args := []string{script, "--gold", tc.gold, "--pred", pred}
				ours := []string{"eval", "-gold", tc.gold}
				if show {
					args = append(args, "--show-errors")
					ours = append(ours, "-show-errors")
				}
				want, err := exec.Command("python3", args...).Output()
				if err != nil {
					t.Fatalf("score.py: %v", err)
				}
				for _, input := range []string{pred, tc.input} {
					got, stderr, code := runCLI(t, append(ours, input)...)
					if code != 0 {
						t.Fatalf("eval %s: exit %d: %s", input, code, stderr)
					}
					if got != string(want) {
						t.Errorf("eval %s (show-errors %v):\n%s\nscore.py:\n%s", input, show, got, want)
					}
				}
				if !show {
					lines := strings.Split(strings.TrimSpace(string(want)), "\n")
					t.Logf("score.py and solieu eval agree: %s", lines[len(lines)-1])
				}
			}
		})
	}
}

// TestEvalMinF1 checks the exit status of the -min-f1 gate.
func TestEvalMinF1(t *testing.T) {
	gold := filepath.Join("..", "..", "report", "testdata", "score", "edge.gold.jsonl")
	pred := filepath.Join("..", "..", "report", "testdata", "score", "edge.pred.jsonl")
	for _, tc := range []struct {
		min  string
		want int
	}{
		{"0", 0}, {"0.8", 0}, {"0.81", 1}, {"1", 1},
	} {
		_, stderr, code := runCLI(t, "eval", "-gold", gold, "-min-f1", tc.min, pred)
		if code != tc.want {
			t.Errorf("-min-f1 %s: exit %d; want %d (%s)", tc.min, code, tc.want, stderr)
		}
	}
}

// TestEvalCasesAgreesWithChecker runs ../shared/eval/check_normalize.py
// against a built solieu on the shared case table and on our table of
// tricky cases, and requires "solieu eval -cases" to count the same
// passes and failures.
func TestEvalCasesAgreesWithChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: builds the binary and runs it once per case")
	}
	p := needShared(t, "eval/check_normalize.py", "spec/normalize-cases.tsv")
	script, table := p[0], p[1]
	bin := filepath.Join(t.TempDir(), "solieu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, path := range []string{table, filepath.Join("testdata", "cli", "eval-cases", "cases.tsv")} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			out, err := exec.Command("python3", script, path, "--", bin, "normalize").Output()
			if err != nil {
				t.Fatalf("check_normalize.py: %v", err)
			}
			got, stderr, code := runCLI(t, "eval", "-cases", path)
			if code != 0 {
				t.Fatalf("eval -cases: exit %d: %s", code, stderr)
			}
			if w, g := lastLines(string(out), 2), lastLines(got, 2); w != g {
				t.Errorf("eval -cases ends with\n%s\ncheck_normalize.py with\n%s", g, w)
			} else {
				t.Logf("check_normalize.py and solieu eval -cases agree: %s", strings.ReplaceAll(g, "\n", "; "))
			}
			if w, g := strings.Count(string(out), "\nFAIL ")+b2i(strings.HasPrefix(string(out), "FAIL ")), strings.Count(got, "FAIL "); w != g {
				t.Errorf("%d FAIL lines; check_normalize.py has %d", g, w)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
