package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/web"
)

var cmdShow = &command{
	name:  "show",
	usage: "[-html FILE] [-g GLOB] [-published DATE] [PATH...]",
	short: "show an article with its figures highlighted, their readings and warnings",
	long: `Show prints each article of PATH (a file, a directory, an archive, "-"
for standard input, as is no PATH when input comes from a pipe) with
every figure highlighted and numbered, then a
table of the figures: the figure, its reading (value in base units, unit,
qualifier), its indicator or "no indicator", kind, period, region and the
warnings that name it, then the warnings of "solieu check" and the
relations checked that hold. Several paths are checked against each other
too (solieu help check).

Figures are coloured when standard output is a terminal (green: an
indicator record; cyan: no indicator; red: a warning) and marked
⟦like this⟧¹ otherwise, a ⚠ after those with a warning. With -html the
same is written as one self-contained HTML page to FILE ("-" for standard
output) instead. Control characters of the article, its name and its
figures (an escape, a carriage return) are shown escaped, as \x1b, so
that a document cannot drive the terminal.

-published DATE (YYYY-MM-DD) is the publication date of an article that
states none (pasted text, a bare file); one that states its own keeps
it. In directories, files that are clearly not articles are skipped and
-g GLOB chooses files, as in "solieu help extract".`,
	flags: flag.NewFlagSet("show", flag.ContinueOnError),
}

var (
	showHTML = cmdShow.flags.String("html", "", "write the view as one HTML page to `FILE` (\"-\": standard output)")
	showWalk = addWalkFlags(cmdShow.flags, true)
)

func init() { cmdShow.run = runShow }

func runShow(e *env, args []string) error {
	args = stdinPaths(e, args)
	if len(args) == 0 {
		return usagef("no input: give a file, a directory or - for standard input")
	}
	walk, err := showWalk.options()
	if err != nil {
		return err
	}
	var docs []corpus.Document
	failed := 0
	for item := range corpus.WalkWith(args, e.stdin, walk) {
		if item.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "solieu show: %s\n", escapeControl(item.Err.Error()))
			continue
		}
		docs = append(docs, *item.Doc)
	}
	if note := showWalk.skippedNote(); note != "" {
		fmt.Fprintf(e.stderr, "solieu show: %s\n", note[2:])
	}
	reports := check.Reports(docs, check.Options{All: true})
	if *showHTML != "" {
		if err := writeHTMLFile(e, *showHTML, reports); err != nil {
			return err
		}
	} else {
		w := bufio.NewWriter(e.stdout)
		for i, r := range reports {
			if i > 0 {
				fmt.Fprintln(w)
			}
			showReport(w, r, isTerminal(e.stdout))
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

// writeHTMLFile writes the page to name, or to standard output for "-".
func writeHTMLFile(e *env, name string, reports []check.Report) error {
	title := "solieu"
	if len(reports) > 0 {
		title += ": " + reports[0].Doc.ID
	}
	if name == "-" {
		return web.WriteHTML(e.stdout, title, reports)
	}
	f, err := createSafe(name) // a failed write leaves an earlier page as it was
	if err != nil {
		return err
	}
	if err := web.WriteHTML(f, title, reports); err != nil {
		f.discard()
		return err
	}
	return f.commit()
}

// isTerminal reports whether w is a terminal that takes colour: a
// character device, with NO_COLOR unset and TERM not "dumb".
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ANSI styles of the figures.
const (
	ansiRecord  = "\x1b[1;32m"    // bold green: a record
	ansiNoRec   = "\x1b[36m"      // cyan: no indicator
	ansiWarning = "\x1b[1;37;41m" // bold white on red: a warning
	ansiDim     = "\x1b[2m"
	ansiReset   = "\x1b[0m"
)

// showReport prints one document: its text with the figures marked, the
// figures table, the warnings and the relations that hold.
func showReport(w io.Writer, r check.Report, color bool) {
	fmt.Fprintf(w, "== %s", escapeControl(r.Doc.ID))
	if r.Doc.Source != "" && r.Doc.Source != r.Doc.ID {
		fmt.Fprintf(w, " (%s)", escapeControl(r.Doc.Source))
	}
	fmt.Fprint(w, "\n\n")
	rows := web.Rows(r)
	warned := map[int]bool{}
	for _, row := range rows {
		if len(row.Warnings) > 0 {
			warned[row.N] = true
		}
	}
	text := r.Doc.Text
	at := 0
	for i, a := range r.Figures {
		m := a.Mention
		if m.Start < at {
			continue
		}
		io.WriteString(w, escapeText(text[at:m.Start]))
		n := superscript(i + 1)
		fig := escapeControl(m.Text)
		switch {
		case !color && warned[i+1]:
			fmt.Fprintf(w, "⟦%s⟧%s⚠", fig, n)
		case !color:
			fmt.Fprintf(w, "⟦%s⟧%s", fig, n)
		default:
			style := ansiNoRec
			if len(a.Records) > 0 {
				style = ansiRecord
			}
			if warned[i+1] {
				style = ansiWarning
			}
			fmt.Fprintf(w, "%s%s%s%s%s%s", style, fig, ansiReset, ansiDim, n, ansiReset)
		}
		at = m.End
	}
	io.WriteString(w, escapeText(text[at:]))
	if !strings.HasSuffix(text, "\n") {
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tfigure\treading\tindicator\tkind\tperiod\tregion\twarning")
	for _, row := range rows {
		num, fig := "", ""
		if row.First {
			num, fig = strconv.Itoa(row.N), escapeControl(oneLine(row.Figure))
		}
		var ws []string
		for _, n := range row.Warnings {
			ws = append(ws, strconv.Itoa(n))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", num, fig, escapeControl(row.Reading), row.Indicator,
			dash(row.Kind), dash(row.Period), dash(escapeControl(row.Region)), dash(strings.Join(ws, ",")))
	}
	tw.Flush()

	n := 0
	var holds []string
	for _, x := range r.Warnings {
		if x.Consistent {
			holds = append(holds, fmt.Sprintf("  %s: %s", x.Rule, escapeControl(x.Message)))
			continue
		}
		if n == 0 {
			fmt.Fprintln(w, "\nWarnings:")
		}
		n++
		fmt.Fprintf(w, "  %d. %s: %s\n", n, x.Rule, escapeControl(x.Message))
	}
	if n == 0 {
		fmt.Fprintln(w, "\nNo warnings.")
	}
	if len(holds) > 0 {
		fmt.Fprintln(w, "\nChecked and consistent:")
		fmt.Fprintln(w, strings.Join(holds, "\n"))
	}
}

// superscript writes n in superscript digits.
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		d := []rune(digits)[c-'0']
		b.WriteRune(d)
	}
	return b.String()
}

// oneLine replaces line breaks inside a figure with spaces, for the table.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// dash returns s, or "-" when it is empty.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
