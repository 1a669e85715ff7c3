package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

var cmdEval = &command{
	name:  "eval",
	usage: "-gold FILE [-min-f1 X] [-docs ID,...] [-show-errors] [RECORDS.jsonl|PATH...]\n       solieu eval -cases TABLE [-min-acc X]",
	short: "score records against gold facts, or the normalizer against a case table",
	long: `With -gold, eval scores indicator records against a gold file of facts
and prints, exactly as ../shared/eval/score.py does, precision, recall
and F1 per indicator and overall: strict (indicator, unit, value, kind
and period must match), loose (ignoring kind and period), and the
accuracy of qualifier and region over the matched facts. The last line
is the overall strict score. Only documents that have gold facts count.

Each argument is either a record file or articles. A file whose first
non-blank line is a JSON object with an "indicator" field is a record
file (the output of "solieu extract") and is scored as it is; anything
else (text, HTML, JSON lines of articles, archives, directories) is read
as articles and extracted first (in a directory, files that are clearly
not articles, such as a README or a gold.jsonl, are skipped). With no
argument, or "-", standard input is read by the same rule.

With -cases, eval reads a normalizer case table (the columns of
spec/normalize.md: input, ref, kind, value, unit, qualifier; lines
starting with # are comments), runs the normalizer on each input and
judges the result as ../shared/eval/check_normalize.py does. It prints
each failing case, then "N passed, M failed" and the accuracy.

The exit status is 1 when the strict F1 is below -min-f1, the accuracy
below -min-acc, or some article could not be read.`,
	flags: flag.NewFlagSet("eval", flag.ContinueOnError),
}

var (
	evalGold       = cmdEval.flags.String("gold", "", "score against the gold facts in `FILE` (JSON lines)")
	evalMinF1      = cmdEval.flags.Float64("min-f1", 0, "exit 1 when the overall strict F1 is below `X`")
	evalDocs       = cmdEval.flags.String("docs", "", "score only these comma-separated document `IDs`")
	evalShowErrors = cmdEval.flags.Bool("show-errors", false, "list the missed and the false facts")
	evalCases      = cmdEval.flags.String("cases", "", "check the normalizer against the case `TABLE` (TSV)")
	evalMinAcc     = cmdEval.flags.Float64("min-acc", 0, "with -cases, exit 1 when the accuracy is below `X`")
)

func init() { cmdEval.run = runEval }

func runEval(e *env, args []string) error {
	switch {
	case *evalGold != "" && *evalCases != "":
		return usagef("give -gold or -cases, not both")
	case *evalCases != "":
		if len(args) > 0 {
			return usagef("-cases takes no arguments")
		}
		return evalCaseTable(e, *evalCases)
	case *evalGold == "":
		return usagef("no -gold file (or -cases table)")
	}
	gold, err := readFile(e, *evalGold, report.ReadGold)
	if err != nil {
		return err
	}
	if *evalDocs != "" {
		keep := map[string]bool{}
		for _, d := range strings.Split(*evalDocs, ",") {
			keep[d] = true
		}
		var kept []report.Fact
		for _, g := range gold {
			if keep[g.Doc] {
				kept = append(kept, g)
			}
		}
		gold = kept
	}
	pred, failed, err := predictions(e, args)
	if err != nil {
		return err
	}
	ev := report.Evaluate(gold, pred)
	if err := ev.WriteText(e.stdout, *evalShowErrors); err != nil {
		return err
	}
	if f1 := ev.Strict.F1(); f1 < *evalMinF1 {
		return fmt.Errorf("strict F1 %.3f is below -min-f1 %g", f1, *evalMinF1)
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

// evalCaseTable runs "eval -cases".
func evalCaseTable(e *env, path string) error {
	cases, err := readFile(e, path, report.ReadCases)
	if err != nil {
		return err
	}
	sum := report.RunCases(cases)
	if err := sum.WriteText(e.stdout, path); err != nil {
		return err
	}
	if acc := sum.Accuracy(); acc < *evalMinAcc {
		return fmt.Errorf("accuracy %.3f is below -min-acc %g", acc, *evalMinAcc)
	}
	return nil
}

// readFile reads the named file ("-" is standard input) with read.
func readFile[T any](e *env, path string, read func(io.Reader, string) (T, error)) (T, error) {
	if path == "-" {
		return read(e.stdin, "stdin")
	}
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f, path)
}

// predictions reads the facts to score from args (standard input when
// there are none): record files as they are, anything else extracted
// first. It returns how many inputs could not be read; such inputs are
// reported on standard error and skipped. A malformed record file is an
// error.
func predictions(e *env, args []string) ([]report.Fact, int, error) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var facts []report.Fact
	var docs, failed, skipped int
	extracted := false
	for _, a := range args {
		var data io.ReadSeeker
		if a == "-" {
			b, err := io.ReadAll(e.stdin)
			if err != nil {
				return nil, 0, err
			}
			data = bytes.NewReader(b)
		} else if info, err := os.Stat(a); err == nil && info.Mode().IsRegular() {
			f, err := os.Open(a)
			if err != nil {
				return nil, 0, err
			}
			defer f.Close()
			data = f
		}
		if data != nil {
			isRecords, err := report.IsRecordFile(data)
			if err != nil {
				return nil, 0, fmt.Errorf("%s: %w", a, err)
			}
			if _, err := data.Seek(0, io.SeekStart); err != nil {
				return nil, 0, err
			}
			if isRecords {
				name := a
				if a == "-" {
					name = "stdin"
				}
				fs, err := report.ReadFacts(data, name)
				if err != nil {
					return nil, 0, err
				}
				facts = append(facts, fs...)
				continue
			}
		}
		extracted = true
		var stdin io.Reader = e.stdin
		if a == "-" {
			stdin = data
		}
		for item := range corpus.WalkWith([]string{a}, stdin, corpus.WalkOptions{Skipped: func(string) { skipped++ }}) {
			if item.Err != nil {
				failed++
				fmt.Fprintf(e.stderr, "solieu eval: %s\n", escapeControl(item.Err.Error()))
				continue
			}
			docs++
			facts = append(facts, report.FromRecords(extract.Extract(*item.Doc, extract.Options{}), item.Doc.Source)...)
		}
	}
	if extracted {
		note := ""
		if skipped > 0 {
			note = fmt.Sprintf(", %d files skipped as not articles", skipped)
		}
		fmt.Fprintf(e.stderr, "solieu eval: extracted %d documents, %d errors%s\n", docs, failed, note)
	}
	return facts, failed, nil
}
