package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/solieu/solieu/corpus/corpustest"
)

// TestHostileCorpus runs the built binary, as a user would, over a folder
// of hostile inputs beside one good article: broken and deeply nested
// HTML, binary data, NUL bytes, a truncated gzip, a zip inside a zip, a
// zip entry that climbs out of its tree, JSON lines mixing good and broken
// records, and a 28 MB line of figures with no sentence end. Every input
// must end up in the output or in the error report, and the good article's
// records must be the same as when it is read alone. It logs the time it
// took (a figure for the closing note, not an assertion).
func TestHostileCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and writes 28 MB")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "solieu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := filepath.Join(tmp, "in")
	write := func(rel string, data []byte) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := []byte("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Bình\n\nNăm 2024, toàn tỉnh giải quyết việc làm cho 18.650 lao động, đạt 103,6% kế hoạch; tỷ lệ hộ nghèo giảm còn 3,12%.\n")
	write("good.txt", good)
	// 28 MB on one line: figures and cues with no sentence end
	var line bytes.Buffer
	line.WriteString("Năm 2024, tỉnh Yên Bái")
	for line.Len() < 28<<20 {
		line.WriteString(", giải quyết việc làm cho 1.250 lao động, hỗ trợ 320 hộ nghèo với tổng kinh phí 640 triệu đồng")
	}
	write("big/one-line.txt", line.Bytes())
	write("broken.html", []byte("<html><body><article><p>Năm 2024 <b>giải quyết <i>việc làm cho 1.200 lao động</p></div></span><table><tr><td>"))
	write("deep.html", []byte(strings.Repeat("<div>", 20000)+"Năm 2024, giải quyết việc làm cho 900 lao động."+strings.Repeat("</div>", 20000)))
	write("binary.txt", bytes.Repeat([]byte{0x89, 'P', 'N', 'G', 0, 1, 2, 0xff, 0xfe}, 4096))
	write("nul.txt", []byte("Năm 2024,\x00 giải quyết việc làm\x00 cho 1.500 lao động.\x00\n"))
	gz := corpustest.Gzip(t, bytes.Repeat(good, 40))
	write("cut.txt.gz", gz[:len(gz)/2])
	inner := corpustest.Zip(t, corpustest.File{Name: "inner.txt", Data: good})
	write("nested.zip", corpustest.Zip(t,
		corpustest.File{Name: "a/inner.zip", Data: inner},
		corpustest.File{Name: "../../escape.txt", Data: good},
		corpustest.File{Name: "b/page.html", Data: []byte("<p>Năm 2024, giải quyết việc làm cho 700 lao động.</p>")},
	))
	write("mixed.jsonl", []byte(`{"id":"m1","text":"Năm 2024, toàn tỉnh giải quyết việc làm cho 2.100 lao động."}`+"\n"+
		`{"id":"m2","text":`+"\n"+
		"\x00\x01\x02 not json\n"+
		`{"id":"m3","html":"<p>Năm 2024, giải quyết việc làm cho 300 lao động.</p>"}`+"\n"))

	run := func(args ...string) (stdout []byte, errs []map[string]any, summary string, took time.Duration) {
		errFile := filepath.Join(tmp, "errors.jsonl")
		_ = os.Remove(errFile)
		cmd := exec.Command(bin, append([]string{"extract", "-errors", errFile}, args...)...)
		var out, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &stderr
		start := time.Now()
		_ = cmd.Run() // exit 1: some inputs could not be read
		took = time.Since(start)
		if b, err := os.ReadFile(errFile); err == nil {
			sc := bufio.NewScanner(bytes.NewReader(b))
			for sc.Scan() {
				var e map[string]any
				if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
					t.Fatalf("error line %q: %v", sc.Text(), err)
				}
				errs = append(errs, e)
			}
		}
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		return out.Bytes(), errs, lines[len(lines)-1], took
	}
	out, errs, summary, took := run(dir)
	t.Logf("hostile corpus: %s in %v; %d error lines", summary, took, len(errs))

	// every input is in the output or in the error report
	sources := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	var goodRecs []string
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line: %v", err)
		}
		src, _ := r["source"].(string)
		sources[src] = true
		if strings.HasSuffix(src, "good.txt") {
			delete(r, "source")
			b, _ := json.Marshal(r)
			goodRecs = append(goodRecs, string(b))
		}
	}
	for _, e := range errs {
		src, _ := e["source"].(string)
		sources[src] = true
	}
	// each input holds a figure or is broken: each is in the records or in
	// the error report
	for _, want := range []string{"good.txt", "one-line.txt", "broken.html", "deep.html", "binary.txt", "nul.txt", "cut.txt.gz",
		"nested.zip!a/inner.zip", "nested.zip!b/page.html", "escape.txt", "mixed.jsonl"} {
		found := false
		for s := range sources {
			found = found || strings.Contains(s, want)
		}
		if !found {
			t.Errorf("%s: neither in the records nor in the error report", want)
		}
	}
	if !strings.Contains(summary, "documents") {
		t.Fatalf("no summary line: %q", summary)
	}
	// the good article reads the same alone
	alone, _, _, _ := run(filepath.Join(dir, "good.txt"))
	var aloneRecs []string
	sc = bufio.NewScanner(bytes.NewReader(alone))
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		delete(r, "source")
		b, _ := json.Marshal(r)
		aloneRecs = append(aloneRecs, string(b))
	}
	if len(aloneRecs) == 0 || strings.Join(aloneRecs, "\n") != strings.Join(goodRecs, "\n") {
		t.Errorf("the good article's records differ in the hostile corpus:\n%s\nalone:\n%s", strings.Join(goodRecs, "\n"), strings.Join(aloneRecs, "\n"))
	}
	// each bad input is reported: by name in the error report
	for _, bad := range []string{"binary.txt", "cut.txt.gz", "escape.txt", "mixed.jsonl"} {
		found := false
		for _, e := range errs {
			s, _ := e["source"].(string)
			found = found || strings.Contains(s, bad)
		}
		if !found {
			t.Errorf("%s: not in the error report %v", bad, errs)
		}
	}
}
