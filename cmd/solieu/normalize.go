package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"io"
	"time"

	"github.com/solieu/solieu/normalize"
)

var cmdNormalize = &command{
	name:  "normalize",
	usage: "[-ref YYYY-MM-DD] < text",
	short: "print the figures, dates and references in text as JSON lines",
	long: `Normalize reads text on standard input and prints one JSON object per
line for each figure, date, period, ordinal, legal reference or phone
number it finds, in text order (spec/normalize.md). Offsets are bytes
into the input as given.

-ref is the date partial dates resolve against ("ngày 26-11" is the most
recent 26 November on or before it), usually the publication date.`,
	flags: flag.NewFlagSet("normalize", flag.ContinueOnError),
}

var normalizeRef = cmdNormalize.flags.String("ref", "", "resolve partial dates against `YYYY-MM-DD`")

func init() { cmdNormalize.run = runNormalize }

func runNormalize(e *env, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q: normalize reads standard input", args[0])
	}
	var opt normalize.Options
	if *normalizeRef != "" {
		t, err := time.Parse("2006-01-02", *normalizeRef)
		if err != nil {
			return usagef("-ref: %q is not a date of the form YYYY-MM-DD", *normalizeRef)
		}
		opt.Ref = t
	}
	data, err := io.ReadAll(e.stdin)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range normalize.Scan(string(data), opt) {
		if m.Kind == normalize.PeriodKind && m.Str == "" {
			continue // a period --ref does not resolve: the contract has no value for it
		}
		if err := enc.Encode(m); err != nil {
			return err
		}
	}
	return w.Flush()
}
