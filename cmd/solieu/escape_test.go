package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestEscapeControl(t *testing.T) {
	for _, tc := range []struct{ in, line, text string }{
		{"plain Hà Nội", "plain Hà Nội", "plain Hà Nội"},
		{"a\x1b[2Jb", `a\x1b[2Jb`, `a\x1b[2Jb`},
		{"x\ny\tz", `x\ny\tz`, "x\ny\tz"},
		{"over\rwrite", `over\rwrite`, `over\rwrite`},
		{"bell\x07del\x7f", `bell\x07del\x7f`, `bell\x07del\x7f`},
		{"c1\u009b31m", `c1\u009b31m`, `c1\u009b31m`},
		{"bad\x9bbyte", `bad\x9bbyte`, `bad\x9bbyte`},
		{"rtl\u202eexe.txt", `rtl\u202eexe.txt`, `rtl\u202eexe.txt`},
		{`back\slash`, `back\slash`, `back\slash`},
	} {
		if got := escapeControl(tc.in); got != tc.line {
			t.Errorf("escapeControl(%q) = %q, want %q", tc.in, got, tc.line)
		}
		if got := escapeText(tc.in); got != tc.text {
			t.Errorf("escapeText(%q) = %q, want %q", tc.in, got, tc.text)
		}
	}
}

// TestTerminalEscapes runs commands on a document and a file name that
// carry terminal escapes: error lines, text's header and show's view hold
// them escaped; text into a pipe keeps the text byte for byte.
func TestTerminalEscapes(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "x\x1b]0;owned\x07.txt")
	for _, verb := range []string{"extract", "check", "text", "show"} {
		var stderr strings.Builder
		run([]string{verb, bad}, strings.NewReader(""), &strings.Builder{}, &stderr)
		if strings.ContainsAny(stderr.String(), "\x1b\x07") || !strings.Contains(stderr.String(), `x\x1b]0;owned\x07.txt`) {
			t.Errorf("%s: stderr %q", verb, stderr.String())
		}
	}
	in := `{"id":"a\u001b[31m","text":"Năm 2025 có 1.200 người\u001b[2J được hỗ trợ."}` + "\n" +
		`{"id":"b","text":"Hai."}` + "\n"
	var out strings.Builder
	run([]string{"text", "-"}, strings.NewReader(in), &out, &strings.Builder{})
	if !strings.Contains(out.String(), `==> a\x1b[31m (stdin:1) <==`) || !strings.Contains(out.String(), "người\x1b[2J được") {
		t.Errorf("text: %q", out.String())
	}
	out.Reset()
	run([]string{"show", "-"}, strings.NewReader(in), &out, &strings.Builder{})
	if strings.Contains(out.String(), "\x1b") || !strings.Contains(out.String(), `== a\x1b[31m`) || !strings.Contains(out.String(), `¹\x1b[2J được`) {
		t.Errorf("show: %q", out.String())
	}
}
