package main

import (
	"flag"
	"fmt"

	"github.com/solieu/solieu/report"
)

var cmdDiff = &command{
	name:  "diff",
	usage: "OLD.jsonl NEW.jsonl",
	short: "show the facts added, removed and changed between two record files",
	long: `Diff compares two record files (JSON lines of "solieu extract"; "-" is
standard input) fact by fact and prints the differences grouped by
document. A fact is what "solieu eval" scores: a distinct
(doc, indicator, unit, value, kind, period), with values compared
exactly. A fact in both files whose qualifier or region differs is
changed (~), and so is a pair of facts, one in each file only, that
come from the same span of the text: the same figure read differently.
Other facts are added (+) or removed (-). The last line sums up.

The exit status is, as diff(1)'s: 0 when the files have the same facts,
1 when they differ (so that CI can gate on it), and 2 for trouble: a file
that cannot be read or is not records.`,
	flags: flag.NewFlagSet("diff", flag.ContinueOnError),
}

func init() { cmdDiff.run, cmdDiff.trouble = runDiff, true }

// errDiffer is the outcome of a diff that found differences (exit status 1).
var errDiffer = fmt.Errorf("the files differ: %w", errPartial)

func runDiff(e *env, args []string) error {
	if len(args) != 2 {
		return usagef("want two record files, got %d arguments", len(args))
	}
	if args[0] == "-" && args[1] == "-" {
		return usagef("only one of the files can be standard input")
	}
	old, err := readFile(e, args[0], report.ReadFacts)
	if err != nil {
		return troubleError{err}
	}
	cur, err := readFile(e, args[1], report.ReadFacts)
	if err != nil {
		return troubleError{err}
	}
	changes := report.Diff(old, cur)
	if err := report.WriteDiff(e.stdout, changes); err != nil {
		return troubleError{err}
	}
	if len(changes) > 0 {
		return errDiffer
	}
	return nil
}
