package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"

	"cloud.google.com/go/storage"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/util/gcsx"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

func init() {
	beam.RegisterType(reflect.TypeFor[chunk]())
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(fileio.ReadableFile), func(chunk), func(chunk), error](&planFn{})
	register.DoFn2x3[context.Context, chunk, string, chunk, error](&countFn{})
	register.DoFn3x0[string, func(*chunk) bool, func(chunk)](&numberFn{})
	register.DoFn4x1[context.Context, chunk, func(string), func(string), error](&readChunkFn{})
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&readFn{})
	register.DoFn3x1[context.Context, string, func(string), error](&bundleWriteFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&finalizeFn{})
	register.Function1x2(keyAll)
	register.Emitter1[fileio.ReadableFile]()
	register.Emitter1[chunk]()
	register.Emitter1[string]()
	register.Iter1[chunk]()
	register.Iter1[string]()
}

// Config is what the pipeline reads and where it writes.
type Config struct {
	// Inputs are globs on any registered Beam filesystem ("/data/*.txt",
	// "gs://bucket/crawl/*.warc.gz"). A glob without a wildcard must match
	// a file.
	Inputs []string
	// Output is the prefix of the record files,
	// Output-SSSSS-of-NNNNN.jsonl: one file per bundle of work that had
	// records, at least one.
	Output string
	// Errors is the prefix of the error report files, named alike.
	Errors string
	// SplitBytes is the size of the chunks a JSON lines (or .jsonl.gz)
	// or WARC.gz file is read in, each by any worker; 0 means DefaultSplitBytes.
	SplitBytes int64
	// Explain fills each record's cue and rule, as "solieu extract
	// -explain" does.
	Explain bool
}

// DefaultSplitBytes is the default chunk size of JSON lines and WARC.gz
// files.
const DefaultSplitBytes = 64 << 20

// Build adds the pipeline to s: match the input globs; read JSON lines
// files (.jsonl, .ndjson, and those gzipped) and WARC.gz files in chunks
// of SplitBytes by any worker, and every other file whole with corpus.Open; extract the records of each document
// in the step that reads it, so that only records leave it; and write the
// records and the error report, one file per bundle. It returns an error
// if the configuration cannot run (no input, no output, a filesystem
// scheme that is not registered).
func Build(s beam.Scope, cfg Config) error {
	if len(cfg.Inputs) == 0 {
		return errors.New("no --input glob")
	}
	if cfg.Output == "" || cfg.Errors == "" {
		return errors.New("no --output or --errors prefix")
	}
	if cfg.SplitBytes < 0 {
		return errors.New("--split_bytes must not be negative")
	}
	if cfg.SplitBytes == 0 {
		cfg.SplitBytes = DefaultSplitBytes
	}
	for _, p := range append(append([]string(nil), cfg.Inputs...), cfg.Output, cfg.Errors) {
		if err := validateScheme(p); err != nil {
			return err
		}
	}

	globs := make([]any, len(cfg.Inputs))
	for i, g := range cfg.Inputs {
		globs[i] = g
	}
	matched := fileio.MatchAll(s, beam.Create(s, globs...))
	// Spread the files over the workers: matching a glob yields them all
	// in one bundle. Read uncompressed: corpus.Open detects gzip by its
	// magic bytes, so a .warc.gz is read member by member and its errors
	// name the member's offset, as with "solieu extract".
	files := fileio.ReadMatches(s, beam.Reshuffle(s, matched), fileio.ReadUncompressed())
	whole, lines, warcs := beam.ParDo3(s, &planFn{SplitBytes: cfg.SplitBytes}, files)

	// JSON lines in chunks: count the newlines of every chunk and number
	// the chunks' first lines file by file. Then spread the chunks of
	// JSON lines and WARC.gz files (a file's come in one bundle) and read
	// them.
	counted := beam.ParDo(s, &countFn{}, lines)
	numbered := beam.ParDo(s, &numberFn{}, beam.GroupByKey(s, counted))
	parts := beam.Reshuffle(s, beam.Flatten(s, numbered, warcs))
	recs1, errs1 := beam.ParDo2(s, &readChunkFn{Explain: cfg.Explain}, parts)

	// Every other file whole, extracted where it is read.
	recs2, errs2 := beam.ParDo2(s, &readFn{Explain: cfg.Explain}, whole)

	job := newJobID()
	writeFiles(s.Scope("WriteRecords"), beam.Flatten(s, recs1, recs2), cfg.Output, job)
	writeFiles(s.Scope("WriteErrors"), beam.Flatten(s, errs1, errs2), cfg.Errors, job)
	return nil
}

// validateScheme reports the error that filesystem.ValidateScheme panics
// with when the scheme of path ("gs", "s3", none for local paths) has no
// registered filesystem.
func validateScheme(path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// metricsNamespace is the namespace of the pipeline's counters.
const metricsNamespace = "solieu"

// Counters, for runners that report metrics: files read, documents read,
// bytes of their text, errors reported, records extracted, and chunks of
// JSON lines files read. Every
// input ends as a document or as an error.
var (
	filesRead    = beam.NewCounter(metricsNamespace, "files")
	docsRead     = beam.NewCounter(metricsNamespace, "documents")
	bytesRead    = beam.NewCounter(metricsNamespace, "text_bytes")
	errorsRead   = beam.NewCounter(metricsNamespace, "errors")
	recordsFound = beam.NewCounter(metricsNamespace, "records")
	chunksRead   = beam.NewCounter(metricsNamespace, "chunks")
)

// planFn sends a JSON lines file (gzipped or not) and a WARC.gz file to
// be read in chunks and every other file to be read whole. It counts the files.
type planFn struct {
	SplitBytes int64
}

func (fn *planFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emitWhole func(fileio.ReadableFile), emitLines, emitWARC func(chunk)) error {
	filesRead.Inc(ctx, 1)
	name := f.Metadata.Path
	lower := strings.ToLower(name)
	isLines, isWARC := slices.Contains(jsonlExts, path.Ext(lower)), strings.HasSuffix(lower, ".warc.gz")
	isGzip := slices.ContainsFunc(gzipLinesExts, func(ext string) bool { return strings.HasSuffix(lower, ext) })
	if f.Metadata.Size == 0 || !isLines && !isWARC && !isGzip {
		emitWhole(f)
		return nil
	}
	rc, err := f.Open(ctx)
	if err != nil {
		emitWhole(f) // whole reading reports the error
		return nil
	}
	var split bool
	switch {
	case isWARC:
		split = splittableWARC(name, bufio.NewReader(rc))
	case isGzip:
		split = splittableGzip(name, bufio.NewReader(rc))
	default:
		head := make([]byte, peekSize)
		n, err := io.ReadFull(rc, head)
		split = (err == nil || err == io.ErrUnexpectedEOF) && splittable(name, head[:n])
	}
	rc.Close()
	if !split {
		emitWhole(f)
		return nil
	}
	for _, c := range chunks(name, f.Metadata.Size, fn.SplitBytes) {
		if isWARC {
			c.WARC = true
			emitWARC(c)
		} else {
			c.Gzip = isGzip
			emitLines(c)
		}
	}
	return nil
}

// openerOf returns the opener of the file at path.
func openerOf(ctx context.Context, path string) opener {
	return func(off int64) (io.ReadCloser, error) { return openAt(ctx, path, off) }
}

// openAt opens the file at path at offset off: a range read on gs://,
// else the file's Beam filesystem reader, sought to off when it can seek
// (local files) and read past off bytes when it cannot (s3://, or gs://
// when a range read fails).
func openAt(ctx context.Context, path string, off int64) (io.ReadCloser, error) {
	if off > 0 && strings.HasPrefix(path, "gs://") {
		if rc, err := gcsRange(ctx, path, off); err == nil {
			return rc, nil
		}
	}
	rc, err := openFile(ctx, path)
	if err != nil {
		return nil, err
	}
	if err := skipTo(rc, off); err != nil {
		rc.Close()
		return nil, err
	}
	return rc, nil
}

// gcsClient is the Cloud Storage client of range reads, made once per
// worker as Beam's gs:// filesystem makes its own.
var gcsClient = sync.OnceValues(func() (*storage.Client, error) {
	ctx := context.Background()
	c, err := gcsx.NewClient(ctx, storage.ScopeReadOnly)
	if err != nil {
		c, err = gcsx.NewUnauthenticatedClient(ctx)
	}
	return c, err
})

// gcsRange opens the object at path from offset off to its end.
func gcsRange(ctx context.Context, path string, off int64) (io.ReadCloser, error) {
	c, err := gcsClient()
	if err != nil {
		return nil, err
	}
	bucket, object, err := gcsx.ParseObject(path)
	if err != nil {
		return nil, err
	}
	return c.Bucket(bucket).Object(object).NewRangeReader(ctx, off, -1)
}

// openFile opens the file at path on its Beam filesystem; closing the
// reader closes the filesystem too. The reader seeks when the file's
// reader does.
func openFile(ctx context.Context, path string) (io.ReadCloser, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	rc, err := fsys.OpenRead(ctx, path)
	if err != nil {
		fsys.Close()
		return nil, err
	}
	r := &fsReader{ReadCloser: rc, fsys: fsys}
	if s, ok := rc.(io.Seeker); ok {
		return seekFsReader{r, s}, nil
	}
	return r, nil
}

// fsReader is a file's reader that closes its filesystem.
type fsReader struct {
	io.ReadCloser
	fsys filesystem.Interface
}

func (r *fsReader) Close() error {
	err := r.ReadCloser.Close()
	r.fsys.Close()
	return err
}

// seekFsReader is an fsReader that seeks, so that a chunk starts without
// reading what is before it.
type seekFsReader struct {
	*fsReader
	s io.Seeker
}

func (r seekFsReader) Seek(off int64, whence int) (int64, error) { return r.s.Seek(off, whence) }

// countFn counts the newlines of a chunk (of the members that start in
// it, for a gzip file) and keys it by its file.
type countFn struct{}

func (fn *countFn) ProcessElement(ctx context.Context, c chunk) (string, chunk, error) {
	var err error
	if c.Gzip {
		c, err = countGzip(openerOf(ctx, c.Path), c)
	} else {
		var rc io.ReadCloser
		if rc, err = openAt(ctx, c.Path, c.Start); err == nil {
			c.Newlines, err = countNewlines(rc, c)
			rc.Close()
		}
	}
	if err != nil {
		return "", c, fmt.Errorf("counting lines of %s at %d: %w", c.Path, c.Start, err)
	}
	return c.Path, c, nil
}

// numberFn sets, in each chunk of a file, the number of newlines before
// it and, for a gzip file, whether the bytes before it end a line.
type numberFn struct{}

func (fn *numberFn) ProcessElement(_ string, iter func(*chunk) bool, emit func(chunk)) {
	var cs []chunk
	var c chunk
	for iter(&c) {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, func(a, b chunk) int { return cmp.Compare(a.Start, b.Start) })
	var before int64
	prevNL := true
	for _, c := range cs {
		c.Before, c.PrevNL = before, prevNL
		before += c.Newlines
		if c.Out > 0 {
			prevNL = c.EndsNL
		}
		emit(c)
	}
}

// readChunkFn reads the lines of one chunk of a JSON lines file and emits
// the records of their documents and, as JSON lines, their errors. A
// chunk that cannot be read is an error line too.
type readChunkFn struct {
	Explain bool
}

func (fn *readChunkFn) ProcessElement(ctx context.Context, c chunk, emitRec, emitErr func(string)) error {
	chunksRead.Inc(ctx, 1)
	var failed error
	emit := func(it corpus.Item) {
		if failed == nil {
			failed = emitItem(ctx, it, fn.Explain, emitRec, emitErr)
		}
	}
	open := openerOf(ctx, c.Path)
	var err error
	switch {
	case c.WARC:
		err = readWARCChunk(open, c, emit)
	case c.Gzip:
		err = readGzipChunk(open, c, emit)
	default:
		var rc io.ReadCloser
		if rc, err = open(max(c.Start-1, 0)); err == nil {
			err = readChunk(rc, c, emit)
			rc.Close()
		}
	}
	if err != nil {
		errorsRead.Inc(ctx, 1)
		msg := fmt.Sprintf("reading bytes %d to %d: %v", c.Start, c.End, err)
		return emitJSON(emitErr, report.ErrorLine{Source: c.Path, Message: msg})
	}
	return failed
}

// readFn reads one file whole with corpus.Open and emits the records of
// its documents and, as JSON lines, its errors. A file that cannot be
// opened is an error line too: one bad input never fails the job.
type readFn struct {
	Explain bool
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emitRec, emitErr func(string)) error {
	name := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		errorsRead.Inc(ctx, 1)
		return emitJSON(emitErr, report.ErrorLine{Source: name, Message: err.Error()})
	}
	defer rc.Close()
	for it := range corpus.Open(name, rc) {
		if err := emitItem(ctx, it, fn.Explain, emitRec, emitErr); err != nil {
			return err
		}
	}
	return nil
}

// emitItem emits the records of a document read, or the error line of an
// input that failed, and counts them.
func emitItem(ctx context.Context, it corpus.Item, explain bool, emitRec, emitErr func(string)) error {
	if it.Err != nil {
		errorsRead.Inc(ctx, 1)
		return emitJSON(emitErr, report.ErrorOf(it.Err))
	}
	docsRead.Inc(ctx, 1)
	bytesRead.Inc(ctx, int64(len(it.Doc.Text)))
	recs := extract.Extract(*it.Doc, extract.Options{Explain: explain})
	recordsFound.Inc(ctx, int64(len(recs)))
	for _, r := range recs {
		if err := emitJSON(emitRec, r); err != nil {
			return err
		}
	}
	return nil
}

// emitJSON emits v as one line of JSON without its newline, encoded as
// "solieu extract" encodes records: encoding/json with HTML escaping off.
func emitJSON(emit func(string), v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	emit(string(bytes.TrimSuffix(b.Bytes(), []byte("\n"))))
	return nil
}
