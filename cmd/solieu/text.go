package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/solieu/solieu/corpus"
)

var cmdText = &command{
	name:  "text",
	usage: "[-blocks] [-g GLOB] [PATH...]",
	short: "print the text the pipeline reads from each document",
	long: `Text reads articles as extract does (files, directories, archives, JSON
lines, WARC; "-" or no argument is standard input) and prints the text of
each document: for a web page, what is left after HTML-to-text. Record
offsets (start, end) are byte offsets into this text.

When there are several documents, each starts with a header line

	==> DOC (SOURCE) <==

naming its id (the records' doc field) and where it came from, and
documents are separated by a blank line. A single document is printed
alone, byte for byte, with a final newline added if it has none.

With -blocks, each document's text is followed by the blocks of its
structure that the reader found (HTML only: headings, date line, lead,
captions, list items, byline, paragraphs), one per line:

	KIND LEVEL START END TEXT

where START and END are byte offsets into the text, LEVEL is the heading
level (0 for other kinds) and TEXT is the block's text with its line
breaks written as \n.

On a terminal, control characters of the text (an escape, a carriage
return; line feeds and tabs are kept) are written escaped, as \x1b, so
that a document cannot drive the terminal; into a pipe or a file the text
is written as it is. The header's id and source are always escaped.

In directories, files that are clearly not articles are skipped and
-g GLOB chooses files, as in "solieu help extract".

A document that cannot be read is reported on standard error, the rest
goes on, and the exit status is 1.`,
	flags: flag.NewFlagSet("text", flag.ContinueOnError),
}

var (
	textBlocks = cmdText.flags.Bool("blocks", false, "after each text, print its blocks: `kind level start end text`")
	textWalk   = addWalkFlags(cmdText.flags, false)
)

func init() { cmdText.run = runText }

func runText(e *env, args []string) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	walk, err := textWalk.options()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	tty := isCharDevice(e.stdout)
	// The first document is held back until it is known whether another
	// follows: a lone document gets no header.
	var first *corpus.Document
	n, failed := 0, 0
	for item := range corpus.WalkWith(args, e.stdin, walk) {
		if item.Err != nil {
			failed++
			// Flush first, so that the error stands after the documents
			// read before it when both streams go to a terminal.
			if err := w.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "solieu text: %s\n", escapeControl(item.Err.Error()))
			continue
		}
		n++
		switch n {
		case 1:
			first = item.Doc
			continue
		case 2:
			writeDoc(w, first, true, false, tty)
			first = nil
		}
		writeDoc(w, item.Doc, true, true, tty)
	}
	if first != nil {
		writeDoc(w, first, false, false, tty)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if note := textWalk.skippedNote(); note != "" {
		fmt.Fprintf(e.stderr, "solieu text: %s\n", note[2:])
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

// writeDoc writes one document's text, after a blank line when it is not
// the first one and after a header line when header is set, with its
// control characters escaped when tty is set (escapeText).
func writeDoc(w io.Writer, d *corpus.Document, header, blank, tty bool) {
	if blank {
		fmt.Fprintln(w)
	}
	if header {
		fmt.Fprintf(w, "==> %s (%s) <==\n", escapeControl(d.ID), escapeControl(d.Source))
	}
	text := d.Text
	if tty {
		text = escapeText(text)
	}
	io.WriteString(w, text)
	if !strings.HasSuffix(d.Text, "\n") {
		fmt.Fprintln(w)
	}
	if *textBlocks {
		writeBlocks(w, d, tty)
	}
}

// writeBlocks writes the blocks of d, one per line: kind, level, start,
// end and text, with line breaks in the text written as \n (and, when
// tty is set, every other control character escaped).
func writeBlocks(w io.Writer, d *corpus.Document, tty bool) {
	for _, b := range d.Blocks {
		text := strings.ReplaceAll(d.Text[b.Start:b.End], "\n", `\n`)
		if tty {
			text = escapeControl(text)
		}
		fmt.Fprintf(w, "%s %d %d %d %s\n", b.Kind, b.Level, b.Start, b.End, text)
	}
}
