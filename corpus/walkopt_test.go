package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestNotArticle(t *testing.T) {
	for name, want := range map[string]bool{
		"README.md": true, "readme": true, "LICENSE": true, "notes.md": true, "gold.jsonl": true,
		"dev.gold.jsonl": true, "score.py": true, "chart.PNG": true, "report.pdf": true, "table.csv": true,
		"notes.md.gz": true,
		"bao-cao.txt": false, "page.html": false, "crawl.jsonl": false, "golden-days.jsonl": false,
		"crawl.warc.gz": false, "articles.zip": false, "tin-tuc": false, "gold-price.txt": false,
	} {
		if got := NotArticle(name); got != want {
			t.Errorf("NotArticle(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestWalkWith: the files of a directory that a walk reads, with and
// without globs, and the files it reports as not articles.
func TestWalkWith(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":        "Năm 2022, huyện Ea Kar có 300 hộ thoát nghèo.",
		"draft-b.txt":  "Bản nháp về 20 hộ thoát nghèo.",
		"README.md":    "Thư mục các bài báo.",
		"gold.jsonl":   `{"doc":"a","value":300}`,
		"tool.py":      "print(1)",
		"sub/c.html":   "<p>Năm 2021 có 150 hộ thoát nghèo.</p>",
		"sub/d.txt":    "Năm 2021 có 40 hộ thoát nghèo.",
		"old/e.txt":    "Năm 2019 có 10 hộ thoát nghèo.",
		"crawl.jsonl":  `{"id":"f","text":"Năm 2020 có 60 hộ thoát nghèo."}`,
		"sub/notes.MD": "Ghi chú.",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		opt     WalkOptions
		docs    string
		skipped int
	}{
		{WalkOptions{All: true}, "README a f draft-b error:gold:1 e c d notes tool", 0},
		{WalkOptions{}, "a f draft-b e c d", 4},
		{WalkOptions{Globs: []string{"!draft*", "!old"}}, "a f c d", 4},
		{WalkOptions{Globs: []string{"*.html", "*.md"}}, "README c", 0},
		{WalkOptions{Globs: []string{"sub/*", "!*.html"}}, "d notes", 0},
		{WalkOptions{Globs: []string{"*.txt", "!draft*", "draft-b.txt"}}, "a draft-b e d", 0},
	} {
		skipped := 0
		c.opt.Skipped = func(string) { skipped++ }
		docs, errs := collect(t, WalkWith([]string{dir}, nil, c.opt))
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
		for _, e := range errs {
			ids = append(ids, "error:"+e.Doc)
		}
		slices.Sort(ids)
		want := strings.Fields(c.docs)
		slices.Sort(want)
		if !slices.Equal(ids, want) {
			t.Errorf("%v: read %q, want %q", c.opt.Globs, ids, want)
		}
		if skipped != c.skipped {
			t.Errorf("%v: %d skipped, want %d", c.opt.Globs, skipped, c.skipped)
		}
	}
	// a file named as an argument is read whatever its name
	docs, _ := collect(t, WalkWith([]string{filepath.Join(dir, "README.md")}, nil, WalkOptions{}))
	if len(docs) != 1 {
		t.Errorf("README.md named: %d documents, want 1", len(docs))
	}
	// a bad glob is an error
	if _, errs := collect(t, WalkWith([]string{dir}, nil, WalkOptions{Globs: []string{"["}})); len(errs) != 1 {
		t.Errorf("glob [: %d errors, want 1", len(errs))
	}
}

func TestWalkPublished(t *testing.T) {
	docs, _ := collect(t, WalkWith([]string{"-"}, strings.NewReader("Có 12 hộ thoát nghèo."), WalkOptions{Published: "2024-03-05"}))
	if len(docs) != 1 || docs[0].PublishedElse != "2024-03-05" || docs[0].Published != "" {
		t.Errorf("got %+v, want PublishedElse 2024-03-05 and no Published", docs)
	}
}
