package corpus

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// textWriter renders HTML to text (step 7 of htmlText): block elements
// break lines, white space runs within a line become one space, and lines
// carry no leading or trailing spaces.
type textWriter struct {
	b     strings.Builder
	col   int  // characters on the current line
	space bool // a space is due before the next character
	nl    int  // line breaks due before the next character: 0, 1, or 2 (a blank line)
	pre   int  // depth of <pre> elements, where line breaks are kept
}

// node renders n and its descendants.
func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return // comments, doctype
	}
	if n.Type == html.ElementNode {
		if skipTags[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.br()
			return
		}
	}
	level := blockLevel[n.DataAtom]
	w.breakLine(level)
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	w.breakLine(level)
}

// text writes a text node's content.
func (w *textWriter) text(s string) {
	for _, r := range s {
		switch {
		case r == '\n' && w.pre > 0:
			w.br()
		case unicode.IsSpace(r): // U+00A0 included
			if w.col > 0 {
				w.space = true
			}
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad' || unicode.IsControl(r):
			// zero-width space, stray byte order mark, soft hyphen, controls
		default:
			if w.nl > 0 {
				if w.b.Len() > 0 {
					w.b.WriteString("\n\n"[:w.nl])
				}
				w.nl = 0
			} else if w.space {
				w.b.WriteByte(' ')
			}
			w.space = false
			w.b.WriteRune(r)
			w.col++
		}
	}
}

// breakLine ends the current line; level 2 leaves a blank line after it.
func (w *textWriter) breakLine(level int) {
	if level == 0 {
		return
	}
	w.nl = max(w.nl, level)
	w.col, w.space = 0, false
}

// br renders <br>: a line break, or a paragraph break when the line is
// already empty ("<br><br>").
func (w *textWriter) br() {
	if w.col == 0 && w.nl >= 1 {
		w.nl = 2
	} else {
		w.nl = max(w.nl, 1)
	}
	w.col, w.space = 0, false
}

// String returns the text written so far, in NFC.
func (w *textWriter) String() string {
	return norm.NFC.String(w.b.String())
}

// rawTags are the elements whose content tokenText skips. Only elements
// whose end tag the tokenizer always finds are listed: a missing </head>
// must not hide the whole page.
var rawTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true}

// tokenText renders a page without building a tree, for pages that the
// HTML parser rejects (nested too deep). It keeps all visible text: no
// boilerplate is removed. The title is the <title> text.
func tokenText(b []byte) page {
	z := html.NewTokenizer(bytes.NewReader(b))
	var w textWriter
	var title strings.Builder
	skip, inTitle := 0, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return page{title: norm.NFC.String(collapse(title.String())), text: w.String()}
		case html.TextToken:
			switch {
			case inTitle:
				title.Write(z.Text())
			case skip == 0:
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Title:
				inTitle = tt == html.StartTagToken
			case a == atom.Br:
				w.br()
			case rawTags[a] && tt != html.SelfClosingTagToken:
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			default:
				w.breakLine(blockLevel[a])
			}
		}
	}
}
