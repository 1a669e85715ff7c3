package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

var cmdBench = &command{
	name:  "bench",
	usage: "[-size MB] [-format txt|jsonl|warc.gz] [-j N] [-runs N] [-grep] [-samples DIR] [-dir DIR] [-cpuprofile FILE]",
	short: "time extract over a corpus built from the sample articles",
	long: `Bench builds a corpus of about -size megabytes of article text from the
sample articles (testdata/samples/*.txt, run from the repository root, or
-samples), in one of the formats extract reads:

	txt      one text file per article, a thousand to a directory
	jsonl    JSON lines (id, title, text), 16 MB of text to a file
	warc.gz  WARC response records of HTML pages, one gzip member each

then runs extract over it as "solieu extract -j N" does, writing the
records as JSON lines to nowhere, and prints what it read and how fast:
MB/s of document text, documents/s, records/s, and the peak resident
memory of the extraction (VmHWM, reset after the corpus is built; where
that cannot be reset, the peak of the whole process).

The corpus is written to a temporary directory and removed afterwards,
or to -dir and kept; a -dir that already holds a corpus of the same
size and format is used as it is, so repeated runs time extraction only.
-cpuprofile writes a CPU profile of the extraction for go tool pprof.

-runs N extracts N times and reports the fastest run, for machines
shared with other work. -grep then times, side by side, the yardstick of
the project's speed target: grep -oE '[0-9]+([.,][0-9]+)*' in the
C.UTF-8 locale over the same text (the documents' text joined into one
temporary file, as "cat | grep" would see it), its output counted as
"| wc -l" would, the fastest of -runs runs; it prints both wall times,
both CPU times and their ratios.`,
	flags: flag.NewFlagSet("bench", flag.ContinueOnError),
}

var (
	benchSize    = cmdBench.flags.Float64("size", 100, "build about `MB` megabytes of article text")
	benchFormat  = cmdBench.flags.String("format", "txt", "write the corpus as `FORMAT`: txt, jsonl or warc.gz")
	benchJobs    = cmdBench.flags.Int("j", 0, "extract `N` documents at once (0: one per CPU)")
	benchSamples = cmdBench.flags.String("samples", filepath.Join("testdata", "samples"), "read the sample articles from `DIR`")
	benchDir     = cmdBench.flags.String("dir", "", "build (or reuse) the corpus in `DIR` and keep it")
	benchProfile = cmdBench.flags.String("cpuprofile", "", "write a CPU profile of the extraction to `FILE`")
	benchRuns    = cmdBench.flags.Int("runs", 1, "time `N` runs and report the fastest")
	benchGrep    = cmdBench.flags.Bool("grep", false, "also time grep -oE over the same text and print the ratio")
)

// grepPattern is the yardstick's pattern: the numbers of a text.
const grepPattern = `[0-9]+([.,][0-9]+)*`

func init() { cmdBench.run = runBench }

func runBench(e *env, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	if *benchSize <= 0 {
		return usagef("-size %v: want a positive number of megabytes", *benchSize)
	}
	if *benchRuns < 1 {
		return usagef("-runs %d: want at least 1", *benchRuns)
	}
	switch *benchFormat {
	case "txt", "jsonl", "warc.gz":
	default:
		return usagef("-format %q: want txt, jsonl or warc.gz", *benchFormat)
	}
	dir := *benchDir
	if dir == "" {
		var err error
		dir, err = os.MkdirTemp("", "solieu-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	size := int64(*benchSize * 1e6)
	built := time.Now()
	files, err := buildCorpus(dir, *benchFormat, size, func() ([]sample, error) { return readSamples(*benchSamples) })
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "corpus: %s, %s, %d files, %.1f MB on disk (built in %.1fs)\n",
		dir, *benchFormat, files.count, float64(files.bytes)/1e6, time.Since(built).Seconds())

	jobs := jobsOrCPUs(*benchJobs)
	var best benchRun
	var peak int64 // the highest peak RSS of all runs
	for i := range *benchRuns {
		r, err := extractRun(e, dir, jobs, i == 0)
		if err != nil {
			return err
		}
		peak = max(peak, r.peak)
		if i == 0 || r.wall < best.wall {
			best = r
		}
	}
	best.peak = peak
	secs := max(best.wall.Seconds(), 1e-9)
	scope := "extraction"
	if !best.peakReset {
		scope = "whole process"
	}
	rss := fmt.Sprintf("peak RSS %.1f MB (%s)", float64(best.peak)/(1<<20), scope)
	if best.peak == 0 {
		rss = "peak RSS unknown (no /proc/self/status)"
	}
	runs := ""
	if *benchRuns > 1 {
		runs = fmt.Sprintf(", fastest of %d runs", *benchRuns)
	}
	fmt.Fprintf(e.stdout, "extract -j %d: %d documents, %d records, %d errors, %.1f MB of text in %.2fs (%.2f CPU-s)%s\n",
		jobs, best.docs, best.records, best.failed, float64(best.text)/1e6, secs, best.cpu.Seconds(), runs)
	fmt.Fprintf(e.stdout, "%.1f MB/s, %.0f documents/s, %.0f records/s, %s\n",
		float64(best.text)/1e6/secs, float64(best.docs)/secs, float64(best.records)/secs, rss)
	if *benchGrep {
		if err := grepSideBySide(e, dir, best); err != nil {
			return err
		}
	}
	if best.failed > 0 {
		return errPartial
	}
	return nil
}

// A benchRun is what one extraction over the corpus read and took.
type benchRun struct {
	docs, records, failed int
	text                  int64 // bytes of document text
	wall, cpu             time.Duration
	peak                  int64 // peak RSS in bytes, 0 if unknown
	peakReset             bool  // peak is the extraction's own, not the whole process's
}

// extractRun extracts the corpus in dir with jobs workers as extract
// does, writing the records as JSON lines to nowhere. Errors are counted,
// and printed on the first run (first), which alone is profiled with
// -cpuprofile.
func extractRun(e *env, dir string, jobs int, first bool) (benchRun, error) {
	var r benchRun
	runtime.GC()
	r.peakReset = resetPeak()
	if *benchProfile != "" && first {
		f, err := os.Create(*benchProfile)
		if err != nil {
			return r, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return r, err
		}
		defer pprof.StopCPUProfile()
	}
	w := bufio.NewWriter(io.Discard)
	enc, err := report.NewRecordEncoder(w, report.JSONL, false)
	if err != nil {
		return r, err
	}
	cpu0 := processCPU()
	start := time.Now()
	for item, recs := range extractAll(corpus.Walk([]string{dir}, nil), extract.Options{}, docBudget{}, jobs, nil) {
		if item.Err != nil {
			r.failed++
			if first {
				fmt.Fprintf(e.stderr, "solieu bench: %s\n", escapeControl(item.Err.Error()))
			}
			continue
		}
		r.docs++
		r.text += int64(len(item.Doc.Text))
		for _, rec := range recs {
			r.records++
			if err := enc.Encode(rec); err != nil {
				return r, err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return r, err
	}
	r.wall, r.cpu = time.Since(start), processCPU()-cpu0
	r.peak = peakRSS()
	return r, nil
}

// grepSideBySide times grep -oE grepPattern over the text of the corpus in
// dir, joined into one temporary file, the fastest of -runs runs, and
// prints it beside the extraction ex.
func grepSideBySide(e *env, dir string, ex benchRun) error {
	grep, err := exec.LookPath("grep")
	if err != nil {
		fmt.Fprintf(e.stdout, "grep: not found, no side-by-side timing\n")
		return nil
	}
	joined, err := os.CreateTemp("", "solieu-bench-joined-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(joined.Name())
	bw := bufio.NewWriterSize(joined, 1<<20)
	var size int64
	for item := range corpus.Walk([]string{dir}, nil) {
		if item.Doc != nil {
			n, _ := bw.WriteString(item.Doc.Text)
			size += int64(n)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := joined.Close(); err != nil {
		return err
	}
	var wall, cpu time.Duration
	var lines int64
	for i := range *benchRuns {
		w, c, n, err := timeGrep(grep, joined.Name())
		if err != nil {
			return err
		}
		if i == 0 || w < wall {
			wall, cpu, lines = w, c, n
		}
	}
	fmt.Fprintf(e.stdout, "grep -oE '%s' (C.UTF-8) | wc -l over the same %.1f MB: %d lines in %.2fs (%.2f CPU-s)\n",
		grepPattern, float64(size)/1e6, lines, wall.Seconds(), cpu.Seconds())
	fmt.Fprintf(e.stdout, "extract / grep: %.2f× the wall time, %.2f× the CPU time (at most 1× is the target)\n",
		ex.wall.Seconds()/max(wall.Seconds(), 1e-9), ex.cpu.Seconds()/max(cpu.Seconds(), 1e-9))
	return nil
}

// timeGrep runs grep -oE grepPattern over the file at path in the C.UTF-8
// locale and counts the lines it writes; it returns the wall time, grep's
// CPU time and the count.
func timeGrep(grep, path string) (wall, cpu time.Duration, lines int64, err error) {
	cmd := exec.Command(grep, "-oE", grepPattern, path)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return 0, 0, 0, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, err
	}
	buf := make([]byte, 64<<10)
	for {
		n, rerr := out.Read(buf)
		lines += int64(bytes.Count(buf[:n], []byte{'\n'}))
		if rerr != nil {
			break
		}
	}
	if err := cmd.Wait(); err != nil {
		return 0, 0, 0, fmt.Errorf("grep: %w", err)
	}
	wall = time.Since(start)
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return wall, cpu, lines, nil
}

// A sample is one sample article: its first lines name it.
type sample struct {
	name, title, text string
}

// readSamples reads the *.txt articles of dir.
func readSamples(dir string) ([]sample, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no sample articles (*.txt) in %s: run from the repository root or give -samples", dir)
	}
	var out []sample
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		text := string(b)
		title := ""
		if lines := strings.SplitN(text, "\n", 3); len(lines) > 1 {
			title = strings.TrimSpace(lines[1]) // the headline, under the breadcrumb
		}
		out = append(out, sample{strings.TrimSuffix(filepath.Base(p), ".txt"), title, text})
	}
	return out, nil
}

// corpusFiles counts what buildCorpus wrote.
type corpusFiles struct {
	count int
	bytes int64
}

// buildCorpus writes articles cycling through the samples into dir until
// their text reaches size bytes. A dir holding a stamp of the same format
// and size is left as it is, and the samples are not read.
func buildCorpus(dir, format string, size int64, read func() ([]sample, error)) (corpusFiles, error) {
	stamp := filepath.Join(dir, ".solieu-bench")
	want := format + " " + strconv.FormatInt(size, 10) + "\n"
	if got, err := os.ReadFile(stamp); err == nil && string(got) == want {
		return countFiles(dir)
	}
	samples, err := read()
	if err != nil {
		return corpusFiles{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return corpusFiles{}, err
	}
	var (
		out   *os.File
		bw    *bufio.Writer
		files corpusFiles
	)
	closeFile := func() error {
		if out == nil {
			return nil
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		err := out.Close()
		out = nil
		return err
	}
	open := func(name string) error {
		if err := closeFile(); err != nil {
			return err
		}
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		out, bw = f, bufio.NewWriterSize(f, 1<<20)
		files.count++
		return nil
	}
	const perFile = 16_000_000 // text per JSONL or WARC file
	var text, inFile int64
	var gz bytes.Buffer
	for n := 0; text < size; n++ {
		s := samples[n%len(samples)]
		id := fmt.Sprintf("%07d-%s", n, s.name)
		var err error
		switch format {
		case "txt":
			if err = open(fmt.Sprintf("%04d/%s.txt", n/1000, id)); err == nil {
				_, err = bw.WriteString(s.text)
			}
		case "jsonl":
			if out == nil || inFile >= perFile {
				err = open(fmt.Sprintf("part-%03d.jsonl", files.count))
				inFile = 0
			}
			if err == nil {
				var line []byte
				line, err = json.Marshal(map[string]string{"id": id, "title": s.title, "text": s.text})
				bw.Write(line)
				bw.WriteByte('\n')
			}
		case "warc.gz":
			if out == nil || inFile >= perFile {
				err = open(fmt.Sprintf("part-%03d.warc.gz", files.count))
				inFile = 0
			}
			if err == nil {
				gz.Reset()
				z := gzip.NewWriter(&gz)
				writeWARCResponse(z, "https://example.vn/bench/"+id, s)
				if err = z.Close(); err == nil {
					_, err = bw.Write(gz.Bytes())
				}
			}
		}
		if err != nil {
			return files, err
		}
		text += int64(len(s.text))
		inFile += int64(len(s.text))
	}
	if err := closeFile(); err != nil {
		return files, err
	}
	if err := os.WriteFile(stamp, []byte(want), 0o644); err != nil {
		return files, err
	}
	return countFiles(dir)
}

// writeWARCResponse writes a WARC response record holding an HTTP response
// with the sample as an HTML page: its title, and a paragraph per line.
func writeWARCResponse(w io.Writer, uri string, s sample) {
	var page bytes.Buffer
	page.WriteString("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
	escapeHTML(&page, s.title)
	page.WriteString("</title></head>\n<body><nav><a href=\"/\">Trang chủ</a></nav><article>\n<h1>")
	escapeHTML(&page, s.title)
	page.WriteString("</h1>\n")
	for _, l := range strings.Split(s.text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			page.WriteString("<p>")
			escapeHTML(&page, l)
			page.WriteString("</p>\n")
		}
	}
	page.WriteString("</article><footer>Bản quyền</footer></body></html>\n")
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", page.Len())
	fmt.Fprintf(w, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-06T07:08:09Z\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s", uri, len(http)+page.Len(), http)
	w.Write(page.Bytes())
	io.WriteString(w, "\r\n\r\n")
}

// escapeHTML writes s with <, > and & escaped.
func escapeHTML(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
}

// countFiles counts the corpus files under dir (not the stamp).
func countFiles(dir string) (corpusFiles, error) {
	var c corpusFiles
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.Mode().IsRegular() && !strings.HasPrefix(info.Name(), ".") {
			c.count++
			c.bytes += info.Size()
		}
		return nil
	})
	return c, err
}

// resetPeak resets the process's peak resident memory (VmHWM) on Linux
// and reports whether it could.
func resetPeak() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSS returns the peak resident memory in bytes, VmHWM of
// /proc/self/status, or 0 where there is none (not Linux).
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
