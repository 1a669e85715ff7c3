package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/solieu/solieu/extract"
)

var cmdIndicators = &command{
	name:  "indicators",
	usage: "[-examples | -check] [ID...]",
	short: "list the indicator declarations and their examples",
	long: `Indicators lists every indicator declaration (id, unit, cue phrases), or
only the ids given. With -examples it also prints each declaration's
example sentences with the records they yield, and its counter-examples.

With -check it runs those sentences as a self-test, as the project's
tests do: an example must yield exactly its records, a counter-example no
record of its indicator. It prints each failure and a summary, and exits
with status 1 when any sentence fails; run it after adding or changing a
declaration.`,
	flags: flag.NewFlagSet("indicators", flag.ContinueOnError),
}

var (
	indicatorsExamples = cmdIndicators.flags.Bool("examples", false, "print the example sentences too")
	indicatorsCheck    = cmdIndicators.flags.Bool("check", false, "run the example sentences as a self-test")
)

func init() { cmdIndicators.run = runIndicators }

func runIndicators(e *env, args []string) error {
	want := map[string]bool{}
	for _, id := range args {
		if extract.Lookup(id) == nil {
			return usagef("unknown indicator %q", id)
		}
		want[id] = true
	}
	if *indicatorsCheck {
		return checkIndicators(e, want)
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

// checkIndicators runs the self-test of the declarations in want (all when
// want is empty).
func checkIndicators(e *env, want map[string]bool) error {
	var n, failed int
	for _, ind := range extract.All {
		if len(want) > 0 && !want[ind.ID] {
			continue
		}
		for _, res := range extract.SelfTest(ind) {
			n++
			if res.Failure == "" {
				continue
			}
			failed++
			fmt.Fprintf(e.stdout, "FAIL %s\n    %s\n", res.Name, res.Text)
			for _, l := range strings.Split(res.Failure, "\n") {
				fmt.Fprintf(e.stdout, "    %s\n", l)
			}
		}
	}
	fmt.Fprintf(e.stdout, "%d sentences, %d pass, %d fail\n", n, n-failed, failed)
	if failed > 0 {
		return errPartial
	}
	return nil
}
