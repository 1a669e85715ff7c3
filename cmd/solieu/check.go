package main

import (
	"bufio"
	"flag"
	"fmt"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/report"
)

var cmdCheck = &command{
	name:  "check",
	usage: "[-format jsonl|csv|tsv] [-g GLOB] [-all] [PATH...]",
	short: "warn about figures that do not add up, in an article or across articles",
	long: `Check reads articles as extract does and writes one warning per relation
between figures that does not hold:

  change      a change that disagrees with its two levels:
              "giảm 1,2% (từ 4,24% xuống còn 3,28%)"
  fraction    a fraction and its percent: "2.970/6.000, đạt 49,5%"
  attainment  a percent of plan against the actual figure and the target
  breakdown   parts after "trong đó" (of which) that exceed the total
  sum         a total with its parts ("gồm", "tổng cộng") that is not their sum
  conflict    two documents giving the same indicator, period, province and
              kind different values

A stated figure agrees when it could be the exact result at its own
precision ("1%" for 0,96) and within its qualifier ("hơn 36.000" allows
36.120). Each warning names its rule, its documents, the figures involved
with their spans, and the expected value. Warnings inside an article come
as each article is read; conflicts come last.

With no PATH, standard input is read when it comes from a pipe or a
file. ` + walkHelp + `
With -all, relations that hold are written too, with "consistent": true.
A document whose extraction takes longer than -doc-timeout (60s by
default; 0 for no limit) is abandoned and reported as an input that
failed.

The exit status is, as grep's: 0 when every relation holds, 1 when
there is a warning, and 2 for trouble (a file that cannot be read, bad
input, a document abandoned), which wins over warnings.`,
	flags: flag.NewFlagSet("check", flag.ContinueOnError),
}

var (
	checkFormat  = cmdCheck.flags.String("format", "jsonl", "write warnings as `jsonl`, csv or tsv")
	checkAll     = cmdCheck.flags.Bool("all", false, "also write the relations that hold")
	checkTimeout = cmdCheck.flags.Duration("doc-timeout", DefaultDocTimeout, "abandon a document after `DURATION` of work and report it as an error (0: no limit)")
	checkWalk    = addWalkFlags(cmdCheck.flags, false)
)

func init() { cmdCheck.run, cmdCheck.trouble = runCheck, true }

func runCheck(e *env, args []string) error {
	args = stdinPaths(e, args)
	if len(args) == 0 {
		return usagef("no input: give files, directories or - for standard input")
	}
	walk, err := checkWalk.options()
	if err != nil {
		return err
	}
	format, err := report.ParseFormat(*checkFormat)
	if err != nil {
		return usagef("-format: %v", err)
	}
	w := bufio.NewWriter(e.stdout)
	enc, err := report.NewEncoder[check.Warning](w, format)
	if err != nil {
		return err
	}
	c := check.Checker{Options: check.Options{All: *checkAll}}
	var docs, records, warnings, failed int
	write := func(ws []check.Warning) error {
		for _, x := range ws {
			if !x.Consistent {
				warnings++
			}
			if err := enc.Encode(x); err != nil {
				return err
			}
		}
		return nil
	}
	if *checkTimeout < 0 {
		return usagef("-doc-timeout %v: want a duration of 0 or more", *checkTimeout)
	}
	budget := docBudget{timeout: *checkTimeout}
	for item := range corpus.WalkWith(args, e.stdin, walk) {
		var recs []extract.Record
		if item.Err == nil {
			var err *corpus.Error
			if recs, err = extractBudget(*item.Doc, extract.Options{}, budget); err != nil {
				item = corpus.Item{Err: err}
			}
		}
		if item.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "solieu check: %s\n", escapeControl(item.Err.Error()))
			continue
		}
		docs++
		ws := c.AddRecords(*item.Doc, recs)
		records += len(recs)
		if err := write(ws); err != nil {
			return err
		}
	}
	if err := write(c.Across()); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "solieu check: %d documents, %d records, %d warnings, %d errors%s\n", docs, records, warnings, failed, checkWalk.skippedNote())
	switch {
	case failed > 0:
		return errTrouble
	case warnings > 0:
		return errPartial
	}
	return nil
}
