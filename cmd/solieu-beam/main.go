// Command solieu-beam is solieu's extraction as an Apache Beam pipeline (Go
// SDK), for archives past one machine: it matches the files named by the
// --input globs on any Beam filesystem (local, gs://, s3://), reads each
// whole file with the same corpus.Open readers as "solieu extract" (text,
// HTML, JSON lines, WARC, and gzip, zip and tar archives of them), spreads
// the documents over the workers, runs extract.Extract on each, and writes
// the records, encoded as "solieu extract" writes them, to the sharded JSON
// Lines files --output-SSSSS-of-NNNNN.jsonl, and the inputs that could not
// be read, as the lines of "solieu extract -errors" (source, doc, message),
// to --errors-SSSSS-of-NNNNN.jsonl; a broken input never fails the job.
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
	input       globs
	output      = flag.String("output", "", "write records to files named `PREFIX`-SSSSS-of-NNNNN.jsonl")
	errorsOut   = flag.String("errors", "", "write the error report to files named `PREFIX`-SSSSS-of-NNNNN.jsonl (default: the output prefix + \"-errors\")")
	shards      = flag.Int("shards", 4, "number of record files to write")
	errorShards = flag.Int("error_shards", 1, "number of error report files to write")
	explain     = flag.Bool("explain", false, "add the matched cue and rule to each record")
)

func init() {
	flag.Var(&input, "input", "read the files matching `GLOB` (repeat the flag or separate globs with commas)")
}

func main() {
	flag.Parse()
	beam.Init() // a worker binary (Dataflow, Flink, Spark) serves here and never returns

	if len(input) == 0 || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: solieu-beam --input GLOB --output PREFIX [--errors PREFIX] [--shards N] [--runner RUNNER] [beam flags]")
		os.Exit(2)
	}
	cfg := Config{
		Inputs:      input,
		Output:      *output,
		Errors:      *errorsOut,
		Shards:      *shards,
		ErrorShards: *errorShards,
		Explain:     *explain,
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
		fmt.Fprintf(os.Stderr, "solieu-beam: %d files, %d documents, %d records, %d errors, %.1f MB of text\n",
			c["files"], c["documents"], c["records"], c["errors"], float64(c["text_bytes"])/1e6)
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
