package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/solieu/solieu/extract"
)

var cmdIndicators = &command{
	name:  "indicators",
	usage: "[-examples | -check] [-rules] [ID...]",
	short: "list the indicator declarations and their examples",
	long: `Indicators lists every indicator declaration (id, unit, cue phrases), or
only the ids given. With -examples it also prints each declaration's
example sentences with the records they yield, and its counter-examples.

With -check it runs those sentences as a self-test, as the project's
tests do: an example must yield exactly its records, a counter-example no
record of its indicator. It prints each failure and a summary, and exits
with status 1 when any sentence fails; run it after adding or changing a
declaration.

With -rules it lists the frame rules instead: what sets the kind of a
stretch of an article (a plan heading, a list of targets after a colon,
"Ước" opening a sentence), where each rule's phrases must stand, the kind
it gives and how far it reaches; -examples and -check work on them too.
Then it lists the context rules: the steps that set a record's period,
kind or region where no frame rule decides (the nearest period of the
figure's clause, the period governing its paragraph, the date line's year,
a target cue before it, the article's province). extract -explain names
the rule that decided a record's period, kind and region in its
period_from, kind_from and region_from fields.`,
	flags: flag.NewFlagSet("indicators", flag.ContinueOnError),
}

var (
	indicatorsExamples = cmdIndicators.flags.Bool("examples", false, "print the example sentences too")
	indicatorsCheck    = cmdIndicators.flags.Bool("check", false, "run the example sentences as a self-test")
	indicatorsRules    = cmdIndicators.flags.Bool("rules", false, "list the frame rules and context rules (what sets periods, kinds and regions) instead")
)

func init() { cmdIndicators.run = runIndicators }

func runIndicators(e *env, args []string) error {
	if *indicatorsRules {
		return runFrameRules(e, args)
	}
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
		cues := strings.Join(ind.Cues, "; ")
		if len(ind.Touching) > 0 {
			cues += "; touching: " + strings.Join(ind.Touching, "; ")
		}
		fmt.Fprintf(e.stdout, "%-44s %-17s %s\n", ind.ID, ind.Unit, cues)
		if !*indicatorsExamples {
			continue
		}
		for _, l := range []struct {
			name  string
			words []string
		}{{"needs", ind.Needs}, {"unless", ind.Unless}, {"named", ind.Named}, {"article", ind.Article}} {
			if len(l.words) > 0 {
				fmt.Fprintf(e.stdout, "    %s: %s\n", l.name, strings.Join(l.words, "; "))
			}
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
			printFailure(e, res)
		}
	}
	fmt.Fprintf(e.stdout, "%d sentences, %d pass, %d fail\n", n, n-failed, failed)
	if failed > 0 {
		return errPartial
	}
	return nil
}

// runFrameRules lists the frame rules (or only those named), with their
// examples, or runs them as a self-test.
func runFrameRules(e *env, names []string) error {
	want := map[string]bool{}
	for _, n := range names {
		found := false
		for _, r := range extract.FrameRules {
			found = found || r.Name == n
		}
		for _, r := range extract.ContextRules[1:] {
			found = found || r.Name == n
		}
		if !found {
			return usagef("unknown frame rule %q", n)
		}
		want[n] = true
	}
	var n, failed int
	for _, r := range extract.FrameRules {
		if len(want) > 0 && !want[r.Name] {
			continue
		}
		if *indicatorsCheck {
			n, failed = runSelfTest(e, extract.FrameSelfTest(r), n, failed)
			continue
		}
		fmt.Fprintf(e.stdout, "%-18s %-8s at %s, %s: %s\n", r.Name, r.Kind, r.At, r.Reach, strings.Join(r.Phrases, "; "))
		fmt.Fprintf(e.stdout, "    %s\n", r.Doc)
		if len(r.Unless) > 0 {
			fmt.Fprintf(e.stdout, "    unless: %s\n", strings.Join(r.Unless, "; "))
		}
		if len(r.Then) > 0 {
			fmt.Fprintf(e.stdout, "    then: %s\n", strings.Join(r.Then, "; "))
		}
		if len(r.Until) > 0 {
			fmt.Fprintf(e.stdout, "    until: %s\n", strings.Join(r.Until, "; "))
		}
		if r.NotLate {
			fmt.Fprintf(e.stdout, "    not when published in the last quarter of the figure's period or after it\n")
		}
		if r.NotOver {
			fmt.Fprintf(e.stdout, "    not for a period over before the report's year\n")
		}
		if r.LaterKind != "" {
			fmt.Fprintf(e.stdout, "    %s for a period after the report's year\n", r.LaterKind)
		}
		if r.Term {
			fmt.Fprintf(e.stdout, "    dates a count or change with no period of its own by the five-year term around it\n")
		}
		if !*indicatorsExamples {
			continue
		}
		for _, ex := range r.Examples {
			fmt.Fprintf(e.stdout, "    example: %q\n        → %s\n", ex.Text, ex.Want)
		}
		for _, ex := range r.Counter {
			fmt.Fprintf(e.stdout, "    counter: %q\n        → %s\n", ex.Text, ex.Want)
		}
	}
	header := false
	for _, r := range extract.ContextRules[1:] {
		if len(want) > 0 && !want[r.Name] {
			continue
		}
		if !*indicatorsCheck && !header {
			fmt.Fprintf(e.stdout, "\ncontext rules (where no frame rule decides):\n")
			header = true
		}
		if *indicatorsCheck {
			n, failed = runSelfTest(e, extract.ContextSelfTest(r), n, failed)
			continue
		}
		fmt.Fprintf(e.stdout, "%-26s %-6s %s\n", r.Name, r.Sets, r.Says)
		if !*indicatorsExamples {
			continue
		}
		for _, ex := range r.Examples {
			fmt.Fprintf(e.stdout, "    example: %q\n        → %s\n", ex.Text, ex.Want)
		}
	}
	if *indicatorsCheck {
		fmt.Fprintf(e.stdout, "%d texts, %d pass, %d fail\n", n, n-failed, failed)
		if failed > 0 {
			return errPartial
		}
	}
	return nil
}

// runSelfTest prints the failures among results and returns the counts
// of texts run and failed, added to n and failed.
func runSelfTest(e *env, results []extract.ExampleResult, n, failed int) (int, int) {
	for _, res := range results {
		n++
		if res.Failure != "" {
			failed++
			printFailure(e, res)
		}
	}
	return n, failed
}

// printFailure writes a failed example: its name, text and what differs.
func printFailure(e *env, res extract.ExampleResult) {
	fmt.Fprintf(e.stdout, "FAIL %s\n    %s\n", res.Name, res.Text)
	for _, l := range strings.Split(res.Failure, "\n") {
		fmt.Fprintf(e.stdout, "    %s\n", l)
	}
}
