package main

import (
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

// extractJobs is extract's -j: how many documents are read at once.
var extractJobs = cmdExtract.flags.Int("j", 0, "read `N` documents at once (0: one per CPU); the output order is the input order either way")

// jobsOrCPUs returns n, or the number of CPUs when n is 0 or less.
func jobsOrCPUs(n int) int {
	if n <= 0 {
		return runtime.NumCPU()
	}
	return n
}

// windowPerJob bounds the documents in flight: read, being extracted, or
// done and waiting for an earlier one to be written; windowBytes bounds
// their text (a document larger than it is let through alone). Memory
// grows with this window, never with the size of the input. A window of
// a few documents per worker keeps the workers waiting on a slow one
// ahead of them; 16 keeps both cores of a small machine busy (about 7%
// faster than 4 on 100 MB of articles, at the same peak memory).
const (
	windowPerJob = 16
	windowBytes  = 64 << 20
)

// gcPercent is the garbage collector's target while extracting, unless
// GOGC is set: the live heap is small (a window of documents), so the
// default of 100 collects every few megabytes and costs a fifth of the
// run; 400 keeps the heap in tens of megabytes.
const gcPercent = 400

// extractAll extracts the records of every document of items with jobs
// workers (see jobsOrCPUs) and yields each item with its records in input
// order, so that the output does not depend on jobs. Items that hold an
// error are yielded as they are, in their place. A document whose
// extraction panics is yielded as an error item naming it, and the batch
// goes on, and so is one that overruns budget (see docBudget). When progress is not nil, a progress line is kept on it (a
// terminal) and cleared before each error item and at the end.
func extractAll(items iter.Seq[corpus.Item], opt extract.Options, budget docBudget, jobs int, progress *progressLine) iter.Seq2[corpus.Item, []extract.Record] {
	jobs = jobsOrCPUs(jobs)
	return func(yield func(corpus.Item, []extract.Record) bool) {
		if os.Getenv("GOGC") == "" {
			defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
		}
		defer progress.clear()
		emit := func(item corpus.Item, recs []extract.Record) bool {
			progress.add(item)
			if item.Err != nil {
				progress.clear()
			}
			return yield(item, recs)
		}
		if jobs == 1 {
			for item := range items {
				item, recs := extractItem(item, opt, budget)
				if !emit(item, recs) {
					return
				}
			}
			return
		}
		inOrder(items, jobs, windowPerJob*jobs, windowBytes, itemWeight, func(item corpus.Item) result {
			item, recs := extractItem(item, opt, budget)
			return result{item, recs}
		}, func(r result) bool { return emit(r.item, r.recs) })
	}
}

// itemWeight is the weight of an item in extract's window: its text's
// length.
func itemWeight(item corpus.Item) int64 {
	if item.Doc == nil {
		return 0
	}
	return int64(len(item.Doc.Text))
}

// A result is an item with its records.
type result struct {
	item corpus.Item
	recs []extract.Record
}

// extractItem returns the records of the document of item, or the item
// turned into an error if extraction panics or overruns budget.
func extractItem(item corpus.Item, opt extract.Options, budget docBudget) (out corpus.Item, recs []extract.Record) {
	if item.Doc == nil {
		return item, nil
	}
	defer func() {
		if p := recover(); p != nil {
			doc := item.Doc
			out, recs = corpus.Item{Err: &corpus.Error{Source: doc.Source, Doc: doc.ID,
				Err: fmt.Errorf("extract: internal error: %v", p)}}, nil
		}
	}()
	recs, err := extractBudget(*item.Doc, opt, budget)
	if err != nil {
		return corpus.Item{Err: err}, nil
	}
	return item, recs
}

// inOrder applies work to every value of in with n goroutines and hands
// the results to emit in the order of in, keeping at most window values
// in flight (read and not yet emitted), and, when weigh is not nil, values
// of a total weight of at most budget (or one value, whatever its weight).
// It returns when in is exhausted and every result is emitted, or soon
// after emit returns false (once the reader has seen it and the workers
// have finished the values they hold); either way every goroutine it
// started has ended by then.
func inOrder[In, Out any](in iter.Seq[In], n, window int, budget int64, weigh func(In) int64, work func(In) Out, emit func(Out) bool) {
	type slot struct {
		in     In
		out    Out
		weight int64
		done   chan struct{}
	}
	order := make(chan *slot, window) // slots in input order; its size bounds the window
	todo := make(chan *slot, window)
	stop := make(chan struct{})
	w := newWeightWindow(budget)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range todo {
				select {
				case <-stop: // no one waits for it any more
				default:
					s.out = work(s.in)
				}
				close(s.done)
			}
		}()
	}
	wg.Add(1)
	go func() { // the reader: it alone iterates in
		defer wg.Done()
		defer close(order)
		defer close(todo)
		for v := range in {
			s := &slot{in: v, done: make(chan struct{})}
			if weigh != nil {
				s.weight = weigh(v)
				if !w.acquire(s.weight) {
					return // stopped
				}
			}
			select {
			case <-stop:
				return
			default:
			}
			select {
			case order <- s:
			case <-stop:
				return
			}
			select {
			case todo <- s:
			case <-stop:
				return
			}
		}
	}()
	// on return, stop: the reader returns at its next send, the workers
	// skip what is left in todo, and what is left in order is dropped
	defer wg.Wait()
	defer w.stop()
	defer close(stop)
	for s := range order {
		<-s.done
		if !emit(s.out) {
			return
		}
		w.release(s.weight)
	}
}

// A weightWindow bounds the total weight of the values in flight.
type weightWindow struct {
	mu       sync.Mutex
	cond     sync.Cond
	budget   int64
	inFlight int64
	stopped  bool
}

// newWeightWindow returns a window of budget.
func newWeightWindow(budget int64) *weightWindow {
	w := &weightWindow{budget: budget}
	w.cond.L = &w.mu
	return w
}

// acquire waits until weight fits in the window (or nothing is in flight)
// and takes it; it returns false, taking nothing, once the window is
// stopped.
func (w *weightWindow) acquire(weight int64) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for !w.stopped && w.inFlight > 0 && w.inFlight+weight > w.budget {
		w.cond.Wait()
	}
	if w.stopped {
		return false
	}
	w.inFlight += weight
	return true
}

// release gives weight back.
func (w *weightWindow) release(weight int64) {
	if weight == 0 {
		return
	}
	w.mu.Lock()
	w.inFlight -= weight
	w.mu.Unlock()
	w.cond.Broadcast()
}

// stop wakes and refuses every acquire.
func (w *weightWindow) stop() {
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
	w.cond.Broadcast()
}

// A progressLine shows how far extract has gone on a terminal: documents,
// megabytes, MB/s, errors and, when the size of the input is known, the
// time left. A nil *progressLine shows nothing.
type progressLine struct {
	w             io.Writer
	start, last   time.Time
	docs, errors  int
	bytes         int64
	total         chan int64 // the input's size in bytes, once summed; -1 if it cannot be
	known         int64      // the size received from total, 0 while unknown
	receivedTotal bool       // total has been received
	shown         bool       // a line is on the terminal
	updateEvery   time.Duration
	nowFunc       func() time.Time
}

// newProgress returns a progress line on w when w is a terminal, else nil.
// The input's size is summed from paths in the background; it is known
// only when every input is a plain-text file (else text and file bytes
// differ, and no time left is shown).
func newProgress(w io.Writer, paths []string) *progressLine {
	if !isCharDevice(w) {
		return nil
	}
	return startProgress(w, paths)
}

// startProgress returns a progress line on w, whatever w is.
func startProgress(w io.Writer, paths []string) *progressLine {
	p := &progressLine{w: w, total: make(chan int64, 1), updateEvery: 250 * time.Millisecond, nowFunc: time.Now}
	p.start = p.nowFunc()
	p.last = p.start
	go func() { p.total <- textSize(paths) }()
	return p
}

// isCharDevice reports whether w is a terminal (a character device).
func isCharDevice(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// textSize returns the bytes of the plain-text files under paths, or -1
// if an input is anything else (standard input, an archive, JSON lines,
// HTML, WARC), whose text is not its size. Like corpus.Walk it skips
// hidden names inside directories and follows links to files only.
func textSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		info, err := os.Stat(p)
		if err != nil {
			return -1
		}
		if !info.IsDir() {
			if !isTextName(p) {
				return -1
			}
			total += info.Size()
			continue
		}
		root, err := filepath.EvalSymlinks(p)
		if err != nil {
			return -1
		}
		unknown := false
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case path == root:
				return nil
			case strings.HasPrefix(d.Name(), "."):
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			case d.IsDir():
				return nil
			}
			info, err := os.Stat(path)
			if err != nil || !info.Mode().IsRegular() {
				return nil // a link to a directory, a device: corpus.Walk skips it too
			}
			if !isTextName(path) {
				unknown = true
				return fs.SkipAll
			}
			total += info.Size()
			return nil
		})
		if err != nil || unknown {
			return -1
		}
	}
	return total
}

// isTextName reports whether a file name says plain text.
func isTextName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md":
		return true
	}
	return false
}

// add counts an item and redraws the line at most every updateEvery.
func (p *progressLine) add(item corpus.Item) {
	if p == nil {
		return
	}
	if item.Err != nil {
		p.errors++
	} else {
		p.docs++
		p.bytes += int64(len(item.Doc.Text))
	}
	now := p.nowFunc()
	if now.Sub(p.last) < p.updateEvery {
		return
	}
	p.last = now
	p.draw(now)
}

// draw writes the line: "1234 documents, 56.7 MB, 12.3 MB/s, 0 errors, 1m05s left".
func (p *progressLine) draw(now time.Time) {
	if !p.receivedTotal {
		select {
		case t := <-p.total:
			p.known, p.receivedTotal = max(t, 0), true
		default:
		}
	}
	secs := now.Sub(p.start).Seconds()
	rate := float64(p.bytes) / 1e6 / max(secs, 1e-9)
	line := fmt.Sprintf("%d documents, %.1f MB, %.1f MB/s, %d errors", p.docs, float64(p.bytes)/1e6, rate, p.errors)
	if p.known > 0 && p.bytes > 0 && p.bytes <= p.known {
		left := time.Duration(float64(p.known-p.bytes) / 1e6 / rate * float64(time.Second))
		line += ", " + left.Round(time.Second).String() + " left"
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.shown = true
}

// clear removes the line, if one is shown, so that other output starts on
// a clean line.
func (p *progressLine) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
	p.shown = false
}
