package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// The lines of a PCollection are written where they are made, one file
// per bundle: a bundle writes its lines to a temporary file and, when it
// ends, passes on the file's name; once every bundle is done, one step
// renames the files that committed bundles wrote to
// prefix-SSSSS-of-NNNNN.jsonl and removes those of failed or retried
// bundles. So only the names of the files move between workers, and a
// retried bundle never leaves its lines twice.

// writeFiles writes the lines of col to files named
// prefix-SSSSS-of-NNNNN.jsonl, one per bundle that had lines, or one empty
// file if none had. job names the temporary files of this run.
func writeFiles(s beam.Scope, col beam.PCollection, prefix, job string) {
	names := beam.ParDo(s, &bundleWriteFn{Prefix: prefix, Job: job}, col)
	// The empty name makes sure the last step runs when no bundle wrote.
	all := beam.Flatten(s, names, beam.Create(s, ""))
	keyed := beam.ParDo(s, keyAll, all)
	beam.ParDo0(s, &finalizeFn{Prefix: prefix, Job: job}, beam.GroupByKey(s, keyed))
}

// keyAll keys every line by 0, to group them all.
func keyAll(line string) (int, string) { return 0, line }

// newJobID returns a random name for the temporary files of one run.
func newJobID() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// tempPrefix is the beginning of the names of the temporary files of a
// run.
func tempPrefix(prefix, job string) string {
	return prefix + "-tmp-" + job + "-"
}

// shardName returns the name of file i of n.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// bundleWriteFn writes the lines of one bundle to a temporary file, opened
// at the first line, and emits its name when the bundle ends.
type bundleWriteFn struct {
	Prefix, Job string

	name string
	fsys filesystem.Interface
	wc   io.WriteCloser
	w    *bufio.Writer
}

// ProcessElement writes one line; emit, unused here, is the output that
// FinishBundle emits to.
func (fn *bundleWriteFn) ProcessElement(ctx context.Context, line string, _ func(string)) error {
	if fn.w == nil {
		name := tempPrefix(fn.Prefix, fn.Job) + newJobID() + ".jsonl"
		fsys, err := filesystem.New(ctx, name)
		if err != nil {
			return err
		}
		wc, err := fsys.OpenWrite(ctx, name)
		if err != nil {
			fsys.Close()
			return err
		}
		fn.name, fn.fsys, fn.wc, fn.w = name, fsys, wc, bufio.NewWriterSize(wc, 1<<20)
	}
	fn.w.WriteString(line)
	return fn.w.WriteByte('\n')
}

// FinishBundle closes the bundle's file, if it wrote one, and emits its
// name.
func (fn *bundleWriteFn) FinishBundle(ctx context.Context, emit func(string)) error {
	if fn.w == nil {
		return nil
	}
	name, fsys, wc, w := fn.name, fn.fsys, fn.wc, fn.w
	fn.name, fn.fsys, fn.wc, fn.w = "", nil, nil, nil
	defer fsys.Close()
	if err := w.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	emit(name)
	return nil
}

// finalizeFn names the files that the committed bundles wrote
// prefix-SSSSS-of-NNNNN.jsonl, in the order of their temporary names,
// writes one empty file if there is none, and removes the other temporary
// files of the run. Run again after a failure, it skips the files it has
// renamed already.
type finalizeFn struct {
	Prefix, Job string
}

func (fn *finalizeFn) ProcessElement(ctx context.Context, _ int, iter func(*string) bool) error {
	var names []string
	var name string
	for iter(&name) {
		if name != "" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)
	fsys, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fsys.Close()
	if len(names) == 0 {
		wc, err := fsys.OpenWrite(ctx, shardName(fn.Prefix, 0, 1))
		if err != nil {
			return err
		}
		return wc.Close()
	}
	for i, tmp := range names {
		final := shardName(fn.Prefix, i, len(names))
		if err := move(ctx, fsys, tmp, final); err != nil {
			return err
		}
	}
	// The files of bundles that failed or were run twice.
	left, err := fsys.List(ctx, tempPrefix(fn.Prefix, fn.Job)+"*")
	if err != nil {
		return err
	}
	if rm, ok := fsys.(filesystem.Remover); ok {
		for _, f := range left {
			if err := rm.Remove(ctx, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// move renames tmp to final. A tmp that is gone while final is there was
// moved by an earlier try.
func move(ctx context.Context, fsys filesystem.Interface, tmp, final string) error {
	if there, err := fsys.List(ctx, tmp); err == nil && len(there) == 0 {
		if done, err := fsys.List(ctx, final); err == nil && len(done) > 0 {
			return nil
		}
	}
	if err := filesystem.Rename(ctx, fsys, tmp, final); err != nil {
		return fmt.Errorf("renaming %s to %s: %w", tmp, final, err)
	}
	return nil
}
