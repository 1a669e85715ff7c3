package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/solieu/solieu/extract"
)

var cmdIndicators = &command{
	name:  "indicators",
	usage: "[-examples] [ID...]",
	short: "list the indicator declarations and their examples",
	long: `Indicators lists every indicator declaration (id, unit, cue phrases), or
only the ids given. With -examples it also prints each declaration's
example sentences with the records they yield, and its counter-examples.`,
	flags: flag.NewFlagSet("indicators", flag.ContinueOnError),
}

var indicatorsExamples = cmdIndicators.flags.Bool("examples", false, "print the example sentences too")

func init() { cmdIndicators.run = runIndicators }

func runIndicators(e *env, args []string) error {
	want := map[string]bool{}
	for _, id := range args {
		if extract.Lookup(id) == nil {
			return usagef("unknown indicator %q", id)
		}
		want[id] = true
	}
	for _, ind := range extract.All {
		if len(want) > 0 && !want[ind.ID] {
			continue
		}
		fmt.Fprintf(e.stdout, "%-44s %-17s %s\n", ind.ID, ind.Unit, strings.Join(ind.Cues, "; "))
		if !*indicatorsExamples {
			continue
		}
		for _, ex := range ind.Examples {
			fmt.Fprintf(e.stdout, "    example: %s\n        → %s\n", ex.Text, ex.Want)
		}
		for _, c := range ind.Counter {
			fmt.Fprintf(e.stdout, "    counter: %s\n", c)
		}
	}
	return nil
}
