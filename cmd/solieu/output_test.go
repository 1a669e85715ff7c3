package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

const sampleText = "../../testdata/samples/01_binh-dinh-2023.txt"

// runArgs runs a command line in-process.
func runArgs(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(""), &o, &e)
	return code, o.String(), e.String()
}

// onlyFile fails unless dir holds exactly the file name (no temporary
// file is left behind).
func onlyFile(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 || ents[0].Name() != name {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("dir holds %v, want only %s", names, name)
	}
}

func TestOutputKeptWhenNothingRead(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	const old = "earlier results\n"
	if err := os.WriteFile(out, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runArgs("extract", "-o", out, filepath.Join(dir, "missing.txt"))
	if code != exitFailed {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitFailed, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
	if !strings.Contains(stderr, "no document read") {
		t.Errorf("stderr does not say the file was kept:\n%s", stderr)
	}
	if b, _ := os.ReadFile(out); string(b) != old {
		t.Errorf("out.jsonl = %q, want it kept as %q", b, old)
	}
	onlyFile(t, dir, "out.jsonl")
}

func TestOutputReplacedWhenSomeRead(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(out, []byte("earlier results\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runArgs("extract", "-o", out, filepath.Join(dir, "missing.txt"), sampleText)
	if code != exitFailed {
		t.Errorf("exit %d, want %d (one input failed); stderr:\n%s", code, exitFailed, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	_, want, _ := runArgs("extract", sampleText)
	if string(b) != want || want == "" {
		t.Errorf("out.jsonl holds %d bytes, want the %d bytes of the sampleText's records", len(b), len(want))
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the replaced file's 0600 (%v)", st.Mode(), err)
	}
	onlyFile(t, dir, "out.jsonl")
}

func TestOutputSameAsErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.jsonl")
	if err := os.WriteFile(out, []byte("keep\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, other := range []string{out, filepath.Join(dir, ".", "x.jsonl")} {
		code, _, stderr := runArgs("extract", "-o", out, "-errors", other, sampleText)
		if code != exitUsage || !strings.Contains(stderr, "same file") {
			t.Errorf("-errors %s: exit %d, want %d; stderr:\n%s", other, code, exitUsage, stderr)
		}
	}
	if b, _ := os.ReadFile(out); string(b) != "keep\n" {
		t.Errorf("x.jsonl = %q, want it untouched", b)
	}
	onlyFile(t, dir, "x.jsonl")
}

// TestDocBudget abandons a document by counting sentences, not by time:
// the long document is an error naming its source, and the documents
// after it still give their records.
func TestDocBudget(t *testing.T) {
	short := "Năm 2025, tỉnh Kon Tum giải quyết việc làm cho 12.300 lao động.\n"
	long := strings.Repeat("Trong quý, huyện có thêm một số hộ đăng ký kinh doanh. ", 200) + short
	docs := []corpus.Document{
		{ID: "a", Source: "a.txt", Text: short},
		{ID: "b", Source: "b.txt", Text: long},
		{ID: "c", Source: "c.txt", Text: short},
	}
	items := func(yield func(corpus.Item) bool) {
		for i := range docs {
			if !yield(corpus.Item{Doc: &docs[i]}) {
				return
			}
		}
	}
	const k = 50
	budget := docBudget{newStop: func() func() bool {
		n := 0
		return func() bool { n++; return n > k }
	}}
	for _, jobs := range []int{1, 3} {
		var got []string
		for item, recs := range extractAll(items, extract.Options{}, budget, jobs, nil) {
			if item.Err != nil {
				got = append(got, "error "+item.Err.Error())
				var ce *corpus.Error = item.Err
				if ce.Source != "b.txt" || ce.Doc != "b" {
					t.Errorf("error names %q %q, want b.txt b", ce.Source, ce.Doc)
				}
				continue
			}
			got = append(got, fmt.Sprintf("%s %d records", item.Doc.ID, len(recs)))
		}
		want := []string{"a 1 records", "error b.txt: extract: abandoned: the document took longer than its work budget", "c 1 records"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("-j %d:\n%s\nwant:\n%s", jobs, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	// without a budget the long document is read to its end
	for item, recs := range extractAll(items, extract.Options{}, docBudget{}, 1, nil) {
		if item.Err != nil || len(recs) != 1 {
			t.Errorf("no budget: %v, %d records", item.Err, len(recs))
		}
	}
}

func TestDocTimeoutFlag(t *testing.T) {
	code, _, stderr := runArgs("extract", "-doc-timeout", "-1s", sampleText)
	if code != exitUsage {
		t.Errorf("-doc-timeout -1s: exit %d, want %d\n%s", code, exitUsage, stderr)
	}
	code, stdout, _ := runArgs("extract", "-doc-timeout", "0", sampleText)
	_, want, _ := runArgs("extract", sampleText)
	if code != exitOK || stdout != want {
		t.Errorf("-doc-timeout 0: exit %d, output differs: %v", code, stdout != want)
	}
}

// TestInterrupt builds the command, starts it on a large input, sends
// SIGINT and checks that the output ends with a whole record, that the
// summary says it was interrupted and that the exit status is 130.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and extracts tens of megabytes")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "solieu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	texts, err := filepath.Glob("../../testdata/samples/*.txt")
	if err != nil || len(texts) == 0 {
		t.Fatal("no samples")
	}
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for i := 0; in.Len() < 40<<20; i++ {
		b, err := os.ReadFile(texts[i%len(texts)])
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(map[string]string{"id": fmt.Sprint("d", i), "text": string(b)}); err != nil {
			t.Fatal(err)
		}
	}
	input := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(input, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, viaFile := range []bool{false, true} {
		t.Run(fmt.Sprint("o=", viaFile), func(t *testing.T) {
			outPath := filepath.Join(t.TempDir(), "out.jsonl")
			var stdout, stderr bytes.Buffer
			args := []string{"extract", "-j", "2", input}
			if viaFile {
				args = []string{"extract", "-j", "2", "-o", outPath, input}
			}
			cmd := exec.Command(bin, args...)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(1500 * time.Millisecond) // well into the input, far from its end
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(60 * time.Second):
				cmd.Process.Kill()
				t.Fatal("still running 60s after SIGINT")
			}
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
			}
			if !strings.Contains(stderr.String(), "solieu extract: interrupted: ") {
				t.Errorf("no summary line; stderr:\n%s", stderr.String())
			}
			out := stdout.Bytes()
			if viaFile {
				if out, err = os.ReadFile(outPath); err != nil {
					t.Fatal(err)
				}
			}
			if len(out) == 0 || out[len(out)-1] != '\n' {
				t.Fatalf("output (%d bytes) does not end with a whole line", len(out))
			}
			lines := bytes.Split(out[:len(out)-1], []byte("\n"))
			for i, l := range lines {
				if !json.Valid(l) {
					t.Fatalf("line %d of %d is not a JSON record: %.80q", i+1, len(lines), l)
				}
			}
			if bytes.Count(in.Bytes(), []byte("\n")) <= 0 || strings.Contains(stderr.String(), fmt.Sprintf("%d documents", bytes.Count(in.Bytes(), []byte("\n")))) {
				t.Errorf("every document was read: the signal came too late to test anything\n%s", stderr.String())
			}
		})
	}
}

// TestInterruptBlockedInput interrupts a run whose standard input stays
// open after one document: it stops at once with what it read, the
// summary and status 130.
func TestInterruptBlockedInput(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer func(f func() (context.Context, func())) { notifyInterrupt = f }(notifyInterrupt)
	notifyInterrupt = func() (context.Context, func()) { return ctx, cancel }
	pr, pw := io.Pipe()
	defer pw.Close()
	var stdout, stderr bytes.Buffer
	code := make(chan int, 1)
	go func() { code <- run([]string{"extract", "-j", "1", "-"}, pr, &stdout, &stderr) }()
	// stdin is one text: nothing is read until it ends, which it never does
	io.WriteString(pw, "Năm 2025, tỉnh Kon Tum giải quyết việc làm cho 12.300 lao động.\n")
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case c := <-code:
		if c != exitInterrupted {
			t.Errorf("exit %d, want %d", c, exitInterrupted)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("still running 10s after the interrupt")
	}
	if !strings.Contains(stderr.String(), "solieu extract: interrupted: 0 documents") {
		t.Errorf("stderr: %q", stderr.String())
	}
}

// TestOutputToDevice: -o naming a file that is no regular one (a named
// pipe here; /dev/null in use) writes to it as it is and leaves it what
// it was: a rename over it would replace the pipe or the device with a
// regular file.
func TestOutputToDevice(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("Năm 2024, toàn tỉnh giải quyết việc làm cho 1.200 lao động.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	if _, stderr, code := runCLI(t, "extract", "-o", fifo, in); code != 0 {
		t.Fatalf("extract -o PIPE: exit %d: %s", code, stderr)
	}
	if b := <-got; !bytes.Contains(b, []byte(`"value":1200`)) {
		t.Errorf("the pipe's reader got %q", b)
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the named pipe is no longer one after extract -o: %v %v", st.Mode(), err)
	}
}
