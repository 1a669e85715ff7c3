package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/corpus"
)

func TestShowColor(t *testing.T) {
	doc := corpus.Document{ID: "t", Text: "Năm 2023, tỉnh hỗ trợ 1.250 người, gồm 700 lao động tự do và 650 người bán hàng rong; hôm nay có 12 lượt."}
	r := check.Reports([]corpus.Document{doc}, check.Options{All: true})[0]
	for _, tt := range []struct {
		name  string
		color bool
		want  []string
	}{
		{"plain", false, []string{"⟦1.250 người⟧¹⚠", "⟦700 lao động⟧²⚠", "⟦12 lượt⟧⁴.", "1. sum: the parts"}},
		{"ansi", true, []string{ansiWarning + "1.250 người" + ansiReset + ansiDim + "¹" + ansiReset, ansiNoRec + "12 lượt" + ansiReset}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			showReport(&b, r, tt.color)
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
			if !tt.color && strings.Contains(b.String(), "\x1b[") {
				t.Error("escape codes in plain output")
			}
		})
	}
}

func TestShowHTMLFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "a.html")
	var stdout, stderr bytes.Buffer
	code := run([]string{"show", "-html", out, filepath.Join("..", "..", "testdata", "check", "change-wrong.txt")}, nil, &stdout, &stderr)
	if code != 0 || stdout.Len() != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>solieu: change-wrong</title>", `<span class="rule">change</span>`, `class="fig warn"`} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestIsTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "x"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is not a terminal")
	}
}
