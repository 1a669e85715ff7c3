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
	usage: "[PATH...]",
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

A document that cannot be read is reported on standard error, the rest
goes on, and the exit status is 1.`,
	flags: flag.NewFlagSet("text", flag.ContinueOnError),
}

var textBlocks = cmdText.flags.Bool("blocks", false, "after each text, print its blocks: `kind level start end text`")

func init() { cmdText.run = runText }

func runText(e *env, args []string) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	w := bufio.NewWriter(e.stdout)
	// The first document is held back until it is known whether another
	// follows: a lone document gets no header.
	var first *corpus.Document
	n, failed := 0, 0
	for item := range corpus.Walk(args, e.stdin) {
		if item.Err != nil {
			failed++
			// Flush first, so that the error stands after the documents
			// read before it when both streams go to a terminal.
			if err := w.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "solieu text: %v\n", item.Err)
			continue
		}
		n++
		switch n {
		case 1:
			first = item.Doc
			continue
		case 2:
			writeDoc(w, first, true, false)
			first = nil
		}
		writeDoc(w, item.Doc, true, true)
	}
	if first != nil {
		writeDoc(w, first, false, false)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

// writeDoc writes one document's text, after a blank line when it is not
// the first one and after a header line when header is set.
func writeDoc(w io.Writer, d *corpus.Document, header, blank bool) {
	if blank {
		fmt.Fprintln(w)
	}
	if header {
		fmt.Fprintf(w, "==> %s (%s) <==\n", d.ID, d.Source)
	}
	io.WriteString(w, d.Text)
	if !strings.HasSuffix(d.Text, "\n") {
		fmt.Fprintln(w)
	}
	if *textBlocks {
		writeBlocks(w, d)
	}
}

// writeBlocks writes the blocks of d, one per line: kind, level, start,
// end and text, with line breaks in the text written as \n.
func writeBlocks(w io.Writer, d *corpus.Document) {
	for _, b := range d.Blocks {
		text := strings.ReplaceAll(d.Text[b.Start:b.End], "\n", `\n`)
		fmt.Fprintf(w, "%s %d %d %d %s\n", b.Kind, b.Level, b.Start, b.End, text)
	}
}
