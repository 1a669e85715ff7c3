package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

func init() {
	beam.RegisterType(reflect.TypeFor[corpus.Document]())
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(corpus.Document), func(string), error](&readFn{})
	register.DoFn3x1[context.Context, corpus.Document, func(string), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn1x2[int, int, string](&emptyShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Emitter1[corpus.Document]()
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Config is what the pipeline reads and where it writes.
type Config struct {
	// Inputs are globs on any registered Beam filesystem ("/data/*.txt",
	// "gs://bucket/crawl/*.warc.gz"). A glob without a wildcard must match
	// a file.
	Inputs []string
	// Output is the prefix of the record files:
	// Output-SSSSS-of-NNNNN.jsonl, for Shards files.
	Output string
	// Errors is the prefix of the error report files, ErrorShards of them.
	Errors string
	// Shards and ErrorShards are the numbers of files written; every
	// file is written, empty if no line falls in it.
	Shards, ErrorShards int
	// Explain fills each record's cue and rule, as "solieu extract
	// -explain" does.
	Explain bool
}

// Build adds the pipeline to s: match the input globs, read every file
// with corpus.Open, extract the records of each document, and write the
// records and the error report as sharded JSON Lines. It returns an error
// if the configuration cannot run (no input, no output, a filesystem
// scheme that is not registered).
func Build(s beam.Scope, cfg Config) error {
	if len(cfg.Inputs) == 0 {
		return errors.New("no --input glob")
	}
	if cfg.Output == "" || cfg.Errors == "" {
		return errors.New("no --output or --errors prefix")
	}
	if cfg.Shards < 1 || cfg.ErrorShards < 1 {
		return errors.New("--shards and --error_shards must be at least 1")
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
	// in one bundle.
	files := fileio.ReadMatches(s, beam.Reshuffle(s, matched), fileio.ReadUncompressed())
	// Read uncompressed: corpus.Open detects gzip by its magic bytes, so
	// a .warc.gz is read member by member and its errors name the
	// member's offset, as with "solieu extract".
	docs, errs := beam.ParDo2(s, &readFn{}, files)
	// Spread the documents too: one WARC file holds thousands.
	records := beam.ParDo(s, &extractFn{Explain: cfg.Explain}, beam.Reshuffle(s, docs))

	writeShards(s.Scope("WriteRecords"), records, cfg.Output, cfg.Shards)
	writeShards(s.Scope("WriteErrors"), errs, cfg.Errors, cfg.ErrorShards)
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
// bytes of their text, errors reported, and records extracted. Every
// input ends as a document or as an error.
var (
	filesRead    = beam.NewCounter(metricsNamespace, "files")
	docsRead     = beam.NewCounter(metricsNamespace, "documents")
	bytesRead    = beam.NewCounter(metricsNamespace, "text_bytes")
	errorsRead   = beam.NewCounter(metricsNamespace, "errors")
	recordsFound = beam.NewCounter(metricsNamespace, "records")
)

// readFn reads one file with corpus.Open and emits its documents and, as
// JSON lines, its errors. A file that cannot be opened is an error line
// too: one bad input never fails the job.
type readFn struct{}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emitDoc func(corpus.Document), emitErr func(string)) error {
	filesRead.Inc(ctx, 1)
	name := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		errorsRead.Inc(ctx, 1)
		return emitJSON(emitErr, report.ErrorLine{Source: name, Message: err.Error()})
	}
	defer rc.Close()
	for it := range corpus.Open(name, rc) {
		if it.Err != nil {
			errorsRead.Inc(ctx, 1)
			if err := emitJSON(emitErr, report.ErrorOf(it.Err)); err != nil {
				return err
			}
			continue
		}
		docsRead.Inc(ctx, 1)
		bytesRead.Inc(ctx, int64(len(it.Doc.Text)))
		emitDoc(*it.Doc)
	}
	return nil
}

// extractFn emits the records of one document as JSON lines.
type extractFn struct {
	Explain bool
}

func (fn *extractFn) ProcessElement(ctx context.Context, doc corpus.Document, emit func(string)) error {
	recs := extract.Extract(doc, extract.Options{Explain: fn.Explain})
	recordsFound.Inc(ctx, int64(len(recs)))
	for _, r := range recs {
		if err := emitJSON(emit, r); err != nil {
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

// writeShards writes the lines of col to n files named
// prefix-SSSSS-of-NNNNN.jsonl. A line goes to the shard given by its hash,
// so a rerun over the same input puts the same lines in the same files
// (in some order). Every shard is written, empty if no line falls in it,
// so that a reader can check it has all n.
func writeShards(s beam.Scope, col beam.PCollection, prefix string, n int) {
	keyed := beam.ParDo(s, &shardFn{Shards: n}, col)
	ids := make([]any, n)
	for i := range ids {
		ids[i] = i
	}
	empty := beam.ParDo(s, &emptyShardFn{}, beam.Create(s, ids...))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeFn{Prefix: prefix, Shards: n}, grouped)
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, line)
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// emptyShardFn makes the empty line that stands for a shard, so that the
// shard is written even if no line falls in it. Records and error lines
// are never empty, so the writer can drop it.
type emptyShardFn struct{}

func (fn *emptyShardFn) ProcessElement(shard int) (int, string) { return shard, "" }

// writeFn writes one shard. It writes to a temporary file and renames it
// when the filesystem can, so that a retried or duplicated bundle never
// leaves a half-written shard under the final name.
type writeFn struct {
	Prefix string
	Shards int
}

// shardName returns the name of shard i of n.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := shardName(fn.Prefix, shard, fn.Shards)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	renamer, canRename := fsys.(filesystem.Renamer)
	tmp := name
	if canRename {
		var suffix [8]byte
		rand.Read(suffix[:])
		tmp = name + ".tmp-" + hex.EncodeToString(suffix[:])
	}
	wc, err := fsys.OpenWrite(ctx, tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(wc, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if canRename {
		if err := renamer.Rename(ctx, tmp, name); err != nil {
			return fmt.Errorf("renaming %s to %s: %w", tmp, name, err)
		}
	}
	return nil
}
