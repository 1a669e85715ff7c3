package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

// TestExtractJobsDeterministic runs extract with one worker and with
// several over the sample articles and a JSON lines file with broken
// lines: records, standard error and the error report must be the same
// bytes whatever -j is.
func TestExtractJobsDeterministic(t *testing.T) {
	dir := t.TempDir()
	samples, err := filepath.Glob(filepath.Join("..", "..", "testdata", "samples", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, samples)
	var jsonl bytes.Buffer
	for i, p := range samples {
		text, err := os.ReadFile(p)
		require.NoError(t, err)
		jsonl.WriteString(`{"id":"s` + strconv.Itoa(i) + `","published":"2024-01-15","text":` + strconv.Quote(string(text)) + "}\n")
		switch i % 4 {
		case 1:
			jsonl.WriteString(`{"id":"cut","text":` + "\n") // malformed
		case 2:
			jsonl.WriteString(`{"id":"empty","title":"không có nội dung"}` + "\n") // no text
		}
	}
	mixed := filepath.Join(dir, "mixed.jsonl")
	require.NoError(t, os.WriteFile(mixed, jsonl.Bytes(), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	inputs := append(append([]string{}, samples...), mixed, missing, filepath.Join("..", "..", "testdata", "samples"))

	type outcome struct {
		code                   int
		stdout, stderr, report string
	}
	runJobs := func(jobs int, extra ...string) outcome {
		report := filepath.Join(t.TempDir(), "errors.jsonl")
		args := append([]string{"extract", "-j", strconv.Itoa(jobs), "-errors", report}, extra...)
		var stdout, stderr bytes.Buffer
		code := run(append(args, inputs...), strings.NewReader(""), &stdout, &stderr)
		raw, err := os.ReadFile(report)
		require.NoError(t, err)
		return outcome{code, stdout.String(), timing.ReplaceAllString(stderr.String(), "X"), string(raw)}
	}
	for _, extra := range [][]string{nil, {"-explain"}} {
		one := runJobs(1, extra...)
		require.Equal(t, exitFailed, one.code, "some inputs are broken")
		require.NotEmpty(t, one.stdout)
		require.NotEmpty(t, one.report)
		for _, jobs := range []int{2, 4, 8} {
			many := runJobs(jobs, extra...)
			assert.Equal(t, one.code, many.code, "-j %d %v: exit status", jobs, extra)
			assert.True(t, one.stdout == many.stdout, "-j %d %v: records differ from -j 1", jobs, extra)
			assert.Equal(t, one.stderr, many.stderr, "-j %d %v: standard error", jobs, extra)
			assert.Equal(t, one.report, many.report, "-j %d %v: error report", jobs, extra)
		}
	}
}

// TestInOrder checks that results come out in input order whatever order
// the workers finish in, and that stopping early ends every goroutine.
func TestInOrder(t *testing.T) {
	in := func(n int) func(func(int) bool) {
		return func(yield func(int) bool) {
			for i := range n {
				if !yield(i) {
					return
				}
			}
		}
	}
	slow := func(i int) int {
		time.Sleep(time.Duration((i*7919)%5) * time.Millisecond) // finish out of order
		return i * i
	}
	for _, n := range []int{1, 2, 3, 8} {
		var got []int
		inOrder(in(100), n, 3, 0, nil, slow, func(v int) bool { got = append(got, v); return true })
		want := make([]int, 100)
		for i := range want {
			want[i] = i * i
		}
		assert.Equal(t, want, got, "%d workers", n)
	}

	before := runtime.NumGoroutine()
	for range 20 {
		var got []int
		inOrder(in(1000), 4, 8, 0, nil, slow, func(v int) bool { got = append(got, v); return len(got) < 5 })
		assert.Equal(t, []int{0, 1, 4, 9, 16}, got)
	}
	// the drainers of stopped runs end once their readers have stopped
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "goroutines left running")
}

// TestExtractAllStops checks that breaking out of extractAll's loop stops
// the reading of the input.
func TestExtractAllStops(t *testing.T) {
	read := 0
	items := func(yield func(corpus.Item) bool) {
		for i := range 10000 {
			read++
			doc := &corpus.Document{ID: strconv.Itoa(i), Text: "Năm 2023, toàn tỉnh giải quyết việc làm cho 27.300 lao động."}
			if !yield(corpus.Item{Doc: doc}) {
				return
			}
		}
	}
	n := 0
	for item, recs := range extractAll(items, extract.Options{}, docBudget{}, 4, nil) {
		assert.Equal(t, strconv.Itoa(n), item.Doc.ID, "input order")
		assert.NotEmpty(t, recs)
		if n++; n == 10 {
			break
		}
	}
	assert.Less(t, read, 10+windowPerJob*4+8, "the reader stops within a window of the break")
}

// TestProgressLine checks the progress line's content and that it is
// cleared before other output.
func TestProgressLine(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), bytes.Repeat([]byte("x"), 2_000_000), 0o644))
	var buf bytes.Buffer
	p := startProgress(&buf, []string{dir})
	p.updateEvery = 0
	clock := p.start
	p.nowFunc = func() time.Time { clock = clock.Add(time.Second); return clock }
	p.known, p.receivedTotal = <-p.total, true
	require.EqualValues(t, 2_000_000, p.known)
	p.add(corpus.Item{Doc: &corpus.Document{Text: strings.Repeat("y", 1_000_000)}})
	assert.Equal(t, "\r\033[K1 documents, 1.0 MB, 1.0 MB/s, 0 errors, 1s left", buf.String())
	buf.Reset()
	p.add(corpus.Item{Err: &corpus.Error{Source: "b.txt"}})
	p.clear()
	assert.Equal(t, "\r\033[K1 documents, 1.0 MB, 0.5 MB/s, 1 errors, 2s left\r\033[K", buf.String())

	var nothing *progressLine // no terminal: no line
	nothing.add(corpus.Item{Err: &corpus.Error{}})
	nothing.clear()
	assert.Nil(t, newProgress(&buf, nil), "a buffer is no terminal")
}

// TestTextSize checks when the size of the input is known.
func TestTextSize(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, bytes.Repeat([]byte("x"), n), 0o644))
		return p
	}
	a := write("t/a.txt", 10)
	write("t/b/c.txt", 20)
	write("t/.hidden.jsonl", 5)
	z := write("z.zip", 5)
	assert.EqualValues(t, 30, textSize([]string{filepath.Join(dir, "t")}))
	assert.EqualValues(t, 40, textSize([]string{filepath.Join(dir, "t"), a}))
	assert.EqualValues(t, -1, textSize([]string{z}))
	assert.EqualValues(t, -1, textSize([]string{dir}), "an archive inside")
	assert.EqualValues(t, -1, textSize([]string{"-"}))
	assert.EqualValues(t, -1, textSize([]string{filepath.Join(dir, "missing")}))
	assert.Equal(t, runtime.NumCPU(), jobsOrCPUs(0))
	assert.Equal(t, 3, jobsOrCPUs(3))
}

// TestInOrderWeight checks inOrder's weight window: values of weight 10
// under a budget of 30 are at most three in flight, a value heavier than
// the budget goes through alone, and every result still comes in order.
func TestInOrderWeight(t *testing.T) {
	in := func(yield func(int) bool) {
		for i := range 200 {
			if !yield(i) {
				return
			}
		}
	}
	weigh := func(i int) int64 {
		if i == 50 {
			return 1000 // more than the whole budget
		}
		return 10
	}
	var mu sync.Mutex
	started, emitted, most := 0, 0, 0
	var heavyAlone bool
	work := func(i int) int {
		mu.Lock()
		started++
		most = max(most, started-emitted)
		if i == 50 {
			heavyAlone = started-emitted == 1
		}
		mu.Unlock()
		time.Sleep(time.Duration(i%3) * time.Millisecond)
		return i
	}
	var got []int
	inOrder(in, 4, 100, 30, weigh, work, func(v int) bool {
		mu.Lock()
		emitted++
		mu.Unlock()
		got = append(got, v)
		return true
	})
	require.Len(t, got, 200)
	for i, v := range got {
		require.Equal(t, i, v, "out of order")
	}
	assert.LessOrEqual(t, most, 3, "values in flight over a budget of three")
	assert.Greater(t, most, 1, "the window let only one value through at a time")
	assert.True(t, heavyAlone, "the heavy value was not alone in flight")
}
