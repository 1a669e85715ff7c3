package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

var cmdExtract = &command{
	name:  "extract",
	usage: "[-o FILE] [-format jsonl|csv|tsv] [-errors FILE] [-g GLOB] [-published DATE] [-doc-timeout DURATION] [-explain] [-all] [-unique] [PATH...]",
	short: "turn the figures of articles into indicator records (JSON lines)",
	long: `Extract reads articles (text and HTML files, directories of them, JSON
lines, WARC, zip, tar and gzip archives; "-" is standard input, and so
is no PATH when input comes from a pipe or a file) and writes one JSON
line per indicator figure, in input order, with the fields that
"solieu help records" describes. Flags may come before or after the
paths.

` + walkHelp + `
-published DATE (YYYY-MM-DD) is the publication date of an article that
states none, in its metadata or in a date line under its title: pasted
text, a bare file. It resolves "năm nay", "tháng trước" and the like, and
fills the records' published field. An article that states its own
date keeps it.

With -all, every other figure of an article is a record too: a statistic
record with "indicator": "" and two more fields, "measure" (the words of
what the figure measures, as the article writes them) and "subject"
(whose it is: a province, "Việt Nam", another country; "" when the text
does not say). Plain extract emits indicator records only.

Every record has a "fact" id: records with the same fact are one figure
written twice (a headline and the body), and a sum over records counts it
twice. With -unique, only the first record of each fact is written (in
input order), so that sums count each fact once.

A document that cannot be read is reported on standard error (and, with
-errors, as a JSON line in that file: source, doc when known, message);
the rest of the batch goes on and the exit status is 1. So is a document
whose extraction takes longer than -doc-timeout (60s by default; 0 for
no limit): it is abandoned and reported with its source. A summary line
(documents, records, errors, MB/s) ends the run on standard error.

With -o FILE ("-o -" is standard output), the records are written to a
temporary file in the same directory, which replaces FILE at the end of
the run, as long as at least one document was read (even if others
failed). A run that reads no
document leaves FILE as it was and exits with status 1. -o and -errors
cannot name the same file.

An interrupt (SIGINT, Ctrl-C) or SIGTERM stops reading documents: the
records of the documents done so far are written whole, as usual (with -o,
FILE is replaced by them when there is at least one), the summary line
says "interrupted", and the exit status is 130. A second interrupt ends
the program at once.`,
	flags: flag.NewFlagSet("extract", flag.ContinueOnError),
}

var (
	extractOut     = cmdExtract.flags.String("o", "", "write records to `FILE` instead of standard output (\"-\": standard output)")
	extractErrors  = cmdExtract.flags.String("errors", "", "write the error report (JSON lines) to `FILE`")
	extractExplain = cmdExtract.flags.Bool("explain", false, "add the matched cue and rule to each record")
	extractFormat  = cmdExtract.flags.String("format", "jsonl", "write records as `FORMAT`: jsonl, csv or tsv")
	extractEvery   = cmdExtract.flags.Bool("all", false, "also emit every other figure as a statistic record (indicator \"\", with measure and subject)")
	extractUnique  = cmdExtract.flags.Bool("unique", false, "write only the first record of each fact (records with the same \"fact\" are one figure written twice)")
	extractTimeout = cmdExtract.flags.Duration("doc-timeout", DefaultDocTimeout, "abandon a document after `DURATION` of work and report it as an error (0: no limit)")
	extractWalk    = addWalkFlags(cmdExtract.flags, true)
)

func init() { cmdExtract.run = runExtract }

func runExtract(e *env, args []string) error {
	args = stdinPaths(e, args)
	if len(args) == 0 {
		return usagef("no input: give files, directories or - for standard input")
	}
	walk, err := extractWalk.options()
	if err != nil {
		return err
	}
	format, err := report.ParseFormat(*extractFormat)
	if err != nil {
		return usagef("-format %q: want jsonl, csv or tsv", *extractFormat)
	}
	if samePath(*extractOut, *extractErrors) {
		return usagef("-o and -errors name the same file %q", *extractOut)
	}
	if *extractTimeout < 0 {
		return usagef("-doc-timeout %v: want a duration of 0 or more", *extractTimeout)
	}
	out := e.stdout
	var file *safeFile
	if *extractOut != "" && *extractOut != "-" {
		if file, err = createSafe(*extractOut); err != nil {
			return err
		}
		defer file.discard() // a no-op once committed
		out = file
	}
	var errOut io.Writer = io.Discard
	if *extractErrors != "" {
		f, err := os.Create(*extractErrors)
		if err != nil {
			return err
		}
		defer f.Close()
		errOut = f
	}
	w := bufio.NewWriterSize(out, 64<<10) // records are long (each holds its sentence): fewer writes
	enc, err := report.NewRecordEncoderAll(w, format, *extractExplain, *extractEvery)
	if err != nil {
		return err
	}
	errEnc := json.NewEncoder(errOut)
	errEnc.SetEscapeHTML(false)
	opt := extract.Options{Explain: *extractExplain, All: *extractEvery}
	ctx, stop := notifyInterrupt()
	defer stop()
	budget := docBudget{timeout: *extractTimeout, ctx: ctx}

	// The documents come through a goroutine, so that an interrupt is
	// seen at once even when reading is blocked (standard input).
	type result struct {
		item corpus.Item
		recs []extract.Record
	}
	results, quit := make(chan result), make(chan struct{})
	defer close(quit)
	go func() {
		defer close(results)
		for item, recs := range extractAll(corpus.WalkWith(args, e.stdin, walk), opt, budget, *extractJobs, newProgress(e.stderr, args)) { // in input order
			select {
			case results <- result{item, recs}:
			case <-quit:
				return
			}
		}
	}()

	start := time.Now()
	var docs, records, failed, bytes int
	var seen map[string]bool // the facts written, with -unique
	if *extractUnique {
		seen = map[string]bool{}
	}
read:
	for {
		var x result
		var ok bool
		select {
		case x, ok = <-results:
		case <-ctx.Done():
		}
		if !ok || ctx.Err() != nil {
			break read // after an interrupt, what is in flight may be cut short: not written
		}
		item, recs := x.item, x.recs
		if item.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "solieu extract: %s\n", escapeControl(item.Err.Error()))
			if err := errEnc.Encode(report.ErrorOf(item.Err)); err != nil {
				return err
			}
			continue
		}
		docs++
		bytes += len(item.Doc.Text)
		for _, r := range recs {
			if seen != nil {
				if seen[r.Fact] {
					continue
				}
				seen[r.Fact] = true
			}
			records++
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	interrupted := ctx.Err() != nil
	secs := time.Since(start).Seconds()
	how := ""
	if interrupted {
		how = "interrupted: "
	}
	fmt.Fprintf(e.stderr, "solieu extract: %s%d documents, %d records, %d errors%s, %.1f MB in %.2fs (%.1f MB/s)\n",
		how, docs, records, failed, extractWalk.skippedNote(), float64(bytes)/1e6, secs, float64(bytes)/1e6/max(secs, 1e-9))
	if file != nil {
		if docs == 0 {
			fmt.Fprintf(e.stderr, "solieu extract: no document read: %s left as it was\n", escapeControl(*extractOut))
			if interrupted {
				return errInterrupted
			}
			return errPartial
		}
		if err := file.commit(); err != nil {
			return err
		}
	}
	switch {
	case interrupted:
		return errInterrupted
	case failed > 0:
		return errPartial
	}
	return nil
}
