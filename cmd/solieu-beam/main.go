// Command solieu-beam is solieu's extraction as an Apache Beam pipeline (Go
// SDK), for archives past one machine: it matches the files named by the
// --input globs on any Beam filesystem (local, gs://, s3://) and reads
// them with the same readers as "solieu extract". A JSON lines file
// (.jsonl, .ndjson) is cut into chunks of --split_bytes bytes that any
// worker reads, each the lines that start in it, numbered as in the whole
// file; a .jsonl.gz or .ndjson.gz is cut alike, each chunk reading the
// lines that start in the gzip members that start in it (a file of one
// member is read by one worker); a .warc.gz compressed one record per
// gzip member, as crawlers write it, is cut alike, each chunk reading the
// records whose member starts in it; every other file (text, HTML, plain
// WARC, and gzip, zip and tar archives) is read whole by one worker with
// corpus.Open. The documents are extracted where they are read, so only
// records leave the workers. Each bundle of work writes its records,
// encoded as "solieu extract" writes them, to one JSON Lines file, and
// the inputs that could not be read, as the lines of "solieu extract
// -errors" (source, doc, message), to another; at the end the files are
// named --output-SSSSS-of-NNNNN.jsonl and --errors-SSSSS-of-NNNNN.jsonl,
// NNNNN being the number of bundles that wrote (one empty file when none
// did). A broken input never fails the job.
// --runner picks the runner: prism (the default) runs in this process, and
// flink, spark and dataflow submit the job to a cluster. It is its own Go
// module so that the Beam SDK's dependencies stay out of the solieu binary.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// Filesystems for --input, --output and --errors beyond the local one
	// and gs:// (which beamx registers).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
)

// globs is a flag that may be given more than once; each value may also
// hold several globs separated by commas.
type globs []string

func (g *globs) String() string { return strings.Join(*g, ",") }

func (g *globs) Set(v string) error {
	for p := range strings.SplitSeq(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*g = append(*g, p)
		}
	}
	return nil
}

var (
	input      globs
	output     = flag.String("output", "", "write records to files named `PREFIX`-SSSSS-of-NNNNN.jsonl, one per bundle")
	errorsOut  = flag.String("errors", "", "write the error report to files named `PREFIX`-SSSSS-of-NNNNN.jsonl (default: the output prefix + \"-errors\")")
	splitBytes = flag.Int64("split_bytes", DefaultSplitBytes, "read JSON lines (also gzipped) and WARC.gz files in chunks of `N` bytes, each by any worker")
	explain    = flag.Bool("explain", false, "add the matched cue and rule to each record")
)

func init() {
	flag.Var(&input, "input", "read the files matching `GLOB` (repeat the flag or separate globs with commas)")
}

func main() {
	flag.Parse()
	beam.Init() // a worker binary (Dataflow, Flink, Spark) serves here and never returns

	if len(input) == 0 || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: solieu-beam --input GLOB --output PREFIX [--errors PREFIX] [--split_bytes N] [--runner RUNNER] [beam flags]")
		os.Exit(2)
	}
	cfg := Config{
		Inputs:     input,
		Output:     *output,
		Errors:     *errorsOut,
		SplitBytes: *splitBytes,
		Explain:    *explain,
	}
	if cfg.Errors == "" {
		cfg.Errors = cfg.Output + "-errors"
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "solieu-beam:", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		log.Fatalf("solieu-beam: %v", err)
	}
	if res != nil {
		c := counters(res.Metrics().AllMetrics().Counters())
		fmt.Fprintf(os.Stderr, "solieu-beam: %d files (%d JSON lines chunks), %d documents, %d records, %d errors, %.1f MB of text\n",
			c["files"], c["chunks"], c["documents"], c["records"], c["errors"], float64(c["text_bytes"])/1e6)
	}
}

// counters sums the pipeline's counters in the "solieu" namespace by name.
func counters(all []metrics.CounterResult) map[string]int64 {
	out := map[string]int64{}
	for _, c := range all {
		if c.Namespace() == metricsNamespace {
			out[c.Name()] += c.Result()
		}
	}
	return out
}
