package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
)

// exitInterrupted is the exit status of a run stopped by SIGINT or
// SIGTERM (128 + SIGINT, as a shell reports it).
const exitInterrupted = 130

// errInterrupted reports that a run was stopped by a signal after writing
// what it had read (exit status exitInterrupted).
var errInterrupted = errors.New("interrupted")

// A safeFile is an output file written through a temporary file in the
// same directory, which replaces the file only when the run commits it:
// a run that fails or is abandoned leaves an earlier file as it was.
type safeFile struct {
	*os.File
	path   string
	direct bool // path is no regular file (/dev/null, a pipe): written as it is
}

// createSafe starts writing path through a temporary file beside it. A
// path that exists and is no regular file (/dev/null, /dev/stdout, a
// named pipe) is written directly: renaming over it would replace the
// device or the pipe with a file.
func createSafe(path string) (*safeFile, error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &safeFile{File: f, path: path, direct: true}, nil
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &safeFile{File: f, path: path}, nil
}

// commit syncs the temporary file and renames it to its path, with the
// permissions of the file it replaces (0644 for a new one).
func (f *safeFile) commit() error {
	if f.direct {
		return f.Close()
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(f.path); err == nil {
		mode = st.Mode().Perm()
	}
	err := f.Chmod(mode)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), f.path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// discard removes the temporary file; the path keeps what it held.
func (f *safeFile) discard() {
	f.Close()
	if !f.direct {
		os.Remove(f.Name())
	}
}

// samePath reports whether a and b name the same file: the same path once
// cleaned and made absolute, or, when both exist, the same file by
// os.SameFile (a link to it, another spelling of its directory).
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// notifyInterrupt is interruptible; tests replace it.
var notifyInterrupt = interruptible

// interruptible returns a context that is done on the first SIGINT or
// SIGTERM, after which a second signal has its default effect (it ends
// the process at once); stop releases the signals.
func interruptible() (ctx context.Context, stop func()) {
	ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	return ctx, stop
}

// DefaultDocTimeout is the default of -doc-timeout: the wall time one
// document may take before it is abandoned.
const DefaultDocTimeout = 60 * time.Second

// A docBudget bounds the work on one document: a wall-time limit (none
// when 0) and a context whose end (an interrupt) stops it too.
type docBudget struct {
	timeout time.Duration
	ctx     context.Context
	// newStop, when set, replaces the timer: it returns a document's stop
	// check (tests trip it after a count of sentences).
	newStop func() func() bool
}

// start returns the stop check of a document starting now and a function
// that reports whether the budget (not an interrupt) stopped it. Both are
// nil when there is nothing to check.
func (b docBudget) start() (stop func() bool, overran func() bool) {
	var limit func() bool
	switch {
	case b.newStop != nil:
		limit = b.newStop()
	case b.timeout > 0:
		deadline := time.Now().Add(b.timeout)
		limit = func() bool { return time.Now().After(deadline) }
	}
	if limit == nil && b.ctx == nil {
		return nil, nil
	}
	tripped := false
	stop = func() bool {
		if b.ctx != nil && b.ctx.Err() != nil {
			return true
		}
		if limit != nil && limit() {
			tripped = true
		}
		return tripped
	}
	return stop, func() bool { return tripped }
}

// extractBudget returns the records of doc, or, when the budget stops it
// before its end, an error naming the document and its source.
func extractBudget(doc corpus.Document, opt extract.Options, b docBudget) ([]extract.Record, *corpus.Error) {
	stop, overran := b.start()
	opt.Stop = stop
	recs := extract.Extract(doc, opt)
	if overran != nil && overran() {
		what := "its work budget"
		if b.newStop == nil {
			what = fmt.Sprintf("%v (-doc-timeout)", b.timeout)
		}
		return nil, &corpus.Error{Source: doc.Source, Doc: doc.ID,
			Err: fmt.Errorf("extract: abandoned: the document took longer than %s", what)}
	}
	return recs, nil
}
