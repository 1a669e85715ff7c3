package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/corpus/corpustest"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

// TestMain runs the pipelines of the tests on Prism, Beam's local runner,
// in this process (go test ./... -args -runner=direct picks another).
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// samplesGlob matches the project's sample articles.
const samplesGlob = "../../testdata/samples/*.txt"

// TestPipelineMatchesExtract runs the pipeline over the sample articles as
// text files, as one JSON lines file (read in many chunks, with a broken
// last line), the same compressed in many gzip members, and as one WARC.gz
// (each read in many chunks too), plus deliberately broken inputs, and
// checks that its records and error lines are, as multisets, those that
// corpus.Open and extract.Extract give in process, as "solieu extract"
// runs them, and that the files are named prefix-SSSSS-of-NNNNN.jsonl with
// no temporary file left.
func TestPipelineMatchesExtract(t *testing.T) {
	samples, err := filepath.Glob(samplesGlob)
	if err != nil || len(samples) == 0 {
		t.Fatalf("no samples match %s (err %v)", samplesGlob, err)
	}
	for i, p := range samples {
		if samples[i], err = filepath.Abs(p); err != nil {
			t.Fatal(err)
		}
	}
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "samples.jsonl"), samplesJSONL(t, samples))
	writeFile(t, filepath.Join(in, "samples.warc.gz"), samplesWARC(t, samples))
	// The JSON lines again, compressed in gzip members of 5000 bytes.
	gz, _ := gzipMembers(t, samplesJSONL(t, samples), 5000)
	writeFile(t, filepath.Join(in, "samples.jsonl.gz"), gz)
	// Broken inputs: binary content in a text file, and a WARC record cut
	// off in the middle.
	writeFile(t, filepath.Join(in, "broken.txt"), []byte("Năm 2023 có 120 hộ\x00\x01\x02 nghèo"))
	// A JSON lines file that is binary, read whole.
	writeFile(t, filepath.Join(in, "broken.jsonl"), []byte("{\"id\": 1}\x00\x00\x00\x00"))
	cut := corpustest.WARCRecord("conversion", "http://example.vn/cut", "text/plain", []byte("Năm 2023, tỉnh giải quyết việc làm cho 27.300 lao động."))
	writeFile(t, filepath.Join(in, "broken.warc.gz"), corpustest.Gzip(t, cut[:len(cut)/2]))

	out := t.TempDir()
	cfg := Config{
		Inputs: []string{filepath.Dir(samples[0]) + "/*.txt", in + "/*"},
		Output: filepath.Join(out, "records"),
		Errors: filepath.Join(out, "errors"),
		// Small chunks: the JSON lines file is read in many, most of
		// its lines straddling a chunk's end.
		SplitBytes: 1500,
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	t.Logf("pipeline ran in %v on %s", time.Since(start).Round(time.Millisecond), ptest.DefaultRunner())

	gotRecords := readShards(t, cfg.Output)
	gotErrors := readShards(t, cfg.Errors)

	var files []string
	for _, g := range cfg.Inputs {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	wantRecords, wantErrors, docs := extractInProcess(t, files)
	if len(wantRecords) < 3*len(samples) {
		t.Fatalf("only %d records in process from %d files; the samples should give more", len(wantRecords), len(files))
	}
	compareLines(t, "records", gotRecords, wantRecords)
	compareLines(t, "errors", gotErrors, wantErrors)

	// The counters account for every input: each file read, and each of
	// its documents ends as a document or as an error.
	c := counters(res.Metrics().AllMetrics().Counters())
	// samples.jsonl and the WARC.gz files are read in chunks;
	// broken.jsonl, binary, is read whole.
	var chunks int64
	for _, f := range []string{"samples.jsonl", "samples.jsonl.gz", "samples.warc.gz", "broken.warc.gz"} {
		st, err := os.Stat(filepath.Join(in, f))
		if err != nil {
			t.Fatal(err)
		}
		chunks += (st.Size() + cfg.SplitBytes - 1) / cfg.SplitBytes
	}
	if chunks < 20 {
		t.Fatalf("the inputs are read in %d chunks; the test wants many", chunks)
	}
	t.Logf("%d chunks", chunks)
	want := map[string]int64{"files": int64(len(files)), "documents": int64(docs), "records": int64(len(wantRecords)), "errors": int64(len(wantErrors)), "chunks": chunks}
	for name, n := range want {
		if c[name] != n {
			t.Errorf("counter %s: got %d; want %d", name, c[name], n)
		}
	}

	// The broken inputs are reported, and nothing else is.
	var sources []string
	for _, l := range gotErrors {
		var e report.ErrorLine
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("error line %s: %v", l, err)
		}
		sources = append(sources, filepath.Base(e.Source))
	}
	slices.Sort(sources)
	if want := []string{"broken.jsonl", "broken.txt", "broken.warc.gz#0", "samples.jsonl.gz:" + fmt.Sprint(len(samples)+1), "samples.jsonl:" + fmt.Sprint(len(samples)+1)}; !slices.Equal(sources, want) {
		t.Errorf("error sources: got %q; want %q", sources, want)
	}
}

// TestBuildRejects checks the configurations that cannot run.
func TestBuildRejects(t *testing.T) {
	ok := Config{Inputs: []string{"/x/*.txt"}, Output: "/o/r", Errors: "/o/e"}
	for name, change := range map[string]func(*Config){
		"no input":         func(c *Config) { c.Inputs = nil },
		"no output":        func(c *Config) { c.Output = "" },
		"negative split":   func(c *Config) { c.SplitBytes = -1 },
		"unknown scheme":   func(c *Config) { c.Inputs = []string{"nosuch://bucket/*.txt"} },
		"unknown out fs":   func(c *Config) { c.Errors = "nosuch://bucket/errors" },
		"no errors prefix": func(c *Config) { c.Errors = "" },
	} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			cfg := ok
			change(&cfg)
			_, s := beam.NewPipelineWithRoot()
			if err := Build(s, cfg); err == nil {
				t.Errorf("Build(%+v): got no error; want one", cfg)
			}
		})
	}
	_, s := beam.NewPipelineWithRoot()
	if err := Build(s, ok); err != nil {
		t.Errorf("Build(%+v): %v; want no error", ok, err)
	}
}

// extractInProcess returns the record and error lines that reading files
// with corpus.Open and extract.Extract gives in this process, the records
// encoded by the encoder "solieu extract" writes them with, and the number
// of documents read.
func extractInProcess(t *testing.T, files []string) (records, errs []string, docs int) {
	t.Helper()
	var out bytes.Buffer
	enc, err := report.NewRecordEncoder(&out, report.JSONL, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		for it := range corpus.Open(name, f) {
			if it.Err != nil {
				line := report.ErrorOf(it.Err)
				if err := emitJSON(func(s string) { errs = append(errs, s) }, line); err != nil {
					t.Fatal(err)
				}
				continue
			}
			docs++
			for _, r := range extract.Extract(*it.Doc, extract.Options{}) {
				if err := enc.Encode(r); err != nil {
					t.Fatal(err)
				}
			}
		}
		f.Close()
	}
	for l := range strings.Lines(out.String()) {
		records = append(records, strings.TrimSuffix(l, "\n"))
	}
	return records, errs, docs
}

// readShards reads the lines of the files written for prefix, checking
// that they are named prefix-SSSSS-of-NNNNN.jsonl for one NNNNN, none
// missing, and that no other file (a temporary one) shares the prefix.
func readShards(t *testing.T, prefix string) []string {
	t.Helper()
	all, err := filepath.Glob(prefix + "-*")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range all {
		want = append(want, shardName(prefix, i, len(all)))
	}
	if len(all) == 0 || !slices.Equal(all, want) {
		t.Fatalf("files written for %s: got %q; want %q", prefix, all, want)
	}
	t.Logf("%s: %d files", filepath.Base(prefix), len(all))
	var lines []string
	for _, name := range want {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 0 && !bytes.HasSuffix(data, []byte("\n")) {
			t.Errorf("%s does not end in a newline", name)
		}
		for l := range strings.Lines(string(data)) {
			lines = append(lines, strings.TrimSuffix(l, "\n"))
		}
	}
	return lines
}

// compareLines checks that got and want hold the same lines, in any order.
func compareLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
	if slices.Equal(got, want) {
		t.Logf("%s: %d lines, equal", what, len(got))
		return
	}
	t.Errorf("%s: got %d lines; want %d", what, len(got), len(want))
	for _, l := range diffCount(got, want) {
		t.Errorf("  only in pipeline: %s", l)
	}
	for _, l := range diffCount(want, got) {
		t.Errorf("  only in process:  %s", l)
	}
}

// diffCount returns the lines of a, sorted, that b does not match one to
// one (a multiset difference).
func diffCount(a, b []string) []string {
	n := map[string]int{}
	for _, l := range b {
		n[l]++
	}
	var out []string
	for _, l := range a {
		if n[l] > 0 {
			n[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

// samplesJSONL returns the samples as JSON lines, one article per line,
// followed by one line that is not JSON.
func samplesJSONL(t *testing.T, samples []string) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, p := range samples {
		text := readFile(t, p)
		title, _, _ := strings.Cut(text, "\n")
		err := enc.Encode(map[string]string{
			"id":        "jsonl/" + filepath.Base(p),
			"title":     title,
			"text":      text,
			"published": "2024-01-12",
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	b.WriteString(`{"id": "broken", "text": "Năm 2023 có 120 hộ` + "\n")
	return b.Bytes()
}

// samplesWARC returns the samples as a WARC file compressed one record per
// gzip member, as crawlers write them: a warcinfo record, then each sample
// as a text conversion record (Common Crawl's WET) or, for every other
// one, as an HTML page in a response record.
func samplesWARC(t *testing.T, samples []string) []byte {
	t.Helper()
	out := corpustest.Gzip(t, corpustest.WARCRecord("warcinfo", "", "application/warc-fields", []byte("software: solieu-beam test\r\n")))
	for i, p := range samples {
		text := readFile(t, p)
		uri := "http://example.vn/" + filepath.Base(p)
		var rec []byte
		if i%2 == 0 {
			rec = corpustest.WARCRecord("conversion", uri, "text/plain", []byte(text))
		} else {
			rec = corpustest.WARCRecord("response", uri, "application/http; msgtype=response", corpustest.HTTPResponse("text/html; charset=utf-8", htmlPage(text)))
		}
		out = append(out, corpustest.Gzip(t, rec)...)
	}
	return out
}

// htmlPage returns an article page: the first line as the headline, each
// other non-empty line as a paragraph.
func htmlPage(text string) []byte {
	lines := strings.Split(text, "\n")
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body><article><h1>%s</h1>\n", lines[0], lines[0])
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", l)
		}
	}
	b.WriteString("</article></body></html>\n")
	return b.Bytes()
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
