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
// carry no leading or trailing spaces. It records the blocks of the text as
// it writes them: a block opens at the first character after a line break
// due to a block element (or to two <br>) and closes at the next such
// break, so blocks never overlap and hold no surrounding space. A block's
// kind comes from the innermost element being rendered that has one (see
// classify) when the block opens.
type textWriter struct {
	b     strings.Builder
	col   int  // characters on the current line
	space bool // a space is due before the next character
	nl    int  // line breaks due before the next character: 0, 1, or 2 (a blank line)
	pre   int  // depth of <pre> elements, where line breaks are kept

	blocks   []Block
	open     bool               // cur is open: text was written since the last block break
	cur      openBlock          // the block being written
	marks    []mark             // the elements being rendered that give a kind, outermost first
	bold     int                // depth of <b> and <strong> elements
	seenPara bool               // a lead or a long paragraph was closed: a bold paragraph is no longer the lead
	title    *html.Node         // the page's headline element (a Heading 1), or nil
	size     map[*html.Node]int // non-space text bytes under an element (scorer.text); nil: no class names are read
}

// mark is the kind an element gives the blocks inside it. An inline
// element's kind (a <time>, a <span class="date">) is only a hint: it
// applies to a short paragraph that holds it.
type mark struct {
	kind   BlockKind
	level  int
	inline bool
}

// openBlock is the block being written.
type openBlock struct {
	Block
	hint   mark // the kind of the innermost inline mark inside the block
	hinted bool
	plain  bool // a character was written outside <b> and <strong>
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
	marked, bold := false, false
	if n.Type == html.ElementNode {
		if kind, klevel, ok := w.classify(n); ok {
			m := mark{kind: kind, level: klevel, inline: level == 0}
			w.marks = append(w.marks, m)
			marked = true
			if m.inline && w.open && !w.cur.hinted {
				w.cur.hint, w.cur.hinted = m, true
			}
		}
		if bold = n.DataAtom == atom.B || n.DataAtom == atom.Strong; bold {
			w.bold++
		}
	}
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
	if marked {
		w.marks = w.marks[:len(w.marks)-1]
	}
	if bold {
		w.bold--
	}
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
			if !w.open {
				w.openBlock()
			}
			if w.bold == 0 {
				w.cur.plain = true
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
	w.closeBlock()
	w.nl = max(w.nl, level)
	w.col, w.space = 0, false
}

// br renders <br>: a line break, or a paragraph break when the line is
// already empty ("<br><br>").
func (w *textWriter) br() {
	if w.col == 0 && w.nl >= 1 {
		w.nl = 2
		w.closeBlock()
	} else {
		w.nl = max(w.nl, 1)
	}
	w.col, w.space = 0, false
}

// finish closes the last block and returns the text written, in NFC, and
// its blocks, with offsets into the NFC text.
func (w *textWriter) finish() (string, []Block) {
	w.closeBlock()
	s := w.b.String()
	t := norm.NFC.String(s)
	if t != s { // rare: text nodes that join into a sequence NFC changes
		w.blocks = remapBlocks(s, t, w.blocks)
	}
	return t, w.blocks
}

// openBlock opens a block at the end of the text, of the kind of the
// innermost mark that is not inline.
func (w *textWriter) openBlock() {
	w.open = true
	w.cur = openBlock{Block: Block{Start: w.b.Len()}}
	for i := len(w.marks) - 1; i >= 0; i-- {
		m := w.marks[i]
		if !m.inline {
			w.cur.Kind, w.cur.Level = m.kind, m.level
			break
		}
		if !w.cur.hinted {
			w.cur.hint, w.cur.hinted = m, true
		}
	}
}

// closeBlock closes the open block, if any, at the end of the text.
func (w *textWriter) closeBlock() {
	if !w.open {
		return
	}
	w.open = false
	b := w.cur.Block
	b.End = w.b.Len()
	size := b.End - b.Start
	if b.Kind == Paragraph && w.cur.hinted && size <= hintLimit[w.cur.hint.kind] {
		b.Kind, b.Level = w.cur.hint.kind, w.cur.hint.level
	}
	if b.Kind == Paragraph && !w.cur.plain && !w.seenPara && size >= 60 {
		b.Kind = Lead // <p><strong>the lead</strong></p>, before the body's first paragraph
	}
	if b.Kind == Lead || b.Kind == Paragraph && size >= 80 {
		w.seenPara = true
	}
	w.blocks = append(w.blocks, b)
}

// remapBlocks moves the offsets of blocks from s to t, its NFC form. An
// offset inside a sequence that NFC rewrites moves to the sequence's start
// (a block's start) or end (a block's end); the blocks are then trimmed
// again, and those left empty are dropped.
func remapBlocks(s, t string, blocks []Block) []Block {
	offs := make([]*int, 0, 2*len(blocks))
	for i := range blocks {
		offs = append(offs, &blocks[i].Start, &blocks[i].End)
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	k, out := 0, 0
	for !it.Done() && k < len(offs) {
		pos := it.Pos()
		seg := len(it.Next())
		next := it.Pos()
		for ; k < len(offs) && *offs[k] < next; k++ {
			if *offs[k] == pos || k%2 == 0 {
				*offs[k] = out
			} else {
				*offs[k] = out + seg
			}
		}
		out += seg
	}
	for ; k < len(offs); k++ {
		*offs[k] = len(t)
	}
	kept := blocks[:0]
	prevEnd := 0
	for _, b := range blocks {
		b.Start, b.End = max(b.Start, prevEnd), min(b.End, len(t))
		for b.Start < b.End && (t[b.Start] == ' ' || t[b.Start] == '\n') {
			b.Start++
		}
		for b.End > b.Start && (t[b.End-1] == ' ' || t[b.End-1] == '\n') {
			b.End--
		}
		if b.Start < b.End {
			kept = append(kept, b)
			prevEnd = b.End
		}
	}
	return kept
}

// tokenMark sets the kind of the next block for tokenText from the tag
// a: the tag's kind after a start tag of a heading, a list item or a
// caption, none after the tag of another block element.
func (w *textWriter) tokenMark(a atom.Atom, tt html.TokenType) {
	if blockLevel[a] == 0 {
		return
	}
	w.marks = w.marks[:0]
	if tt != html.StartTagToken {
		return
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.marks = append(w.marks, mark{kind: Heading, level: int(a.String()[1] - '0')})
	case atom.Li:
		w.marks = append(w.marks, mark{kind: ListItem})
	case atom.Figcaption:
		w.marks = append(w.marks, mark{kind: Caption})
	}
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
			text, blocks := w.finish()
			return page{title: norm.NFC.String(collapse(title.String())), text: text, blocks: blocks}
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
				w.tokenMark(a, tt)
			}
		}
	}
}

// kindLimit is the most non-space text bytes an element may hold for its
// class name to give its kind: a container that happens to be named
// "image" or "update" is not a caption or a date line.
var kindLimit = [...]int{
	Paragraph: 0,
	Heading:   500,
	DateLine:  200,
	Lead:      3000,
	Caption:   1000,
	ListItem:  0,
	Byline:    300,
}

// hintLimit is the longest paragraph (in bytes) that an inline element
// of a kind (<time>, <span class="author">) makes that kind: a date in a
// sentence does not make the sentence a date line.
var hintLimit = [...]int{
	Paragraph: 0,
	Heading:   300,
	DateLine:  120,
	Lead:      3000,
	Caption:   600,
	ListItem:  0,
	Byline:    120,
}

// classify returns the kind that the element n gives the blocks inside it,
// if any: the headline element is a Heading 1; else the kind its class, id
// or itemprop names (see classKind), when n holds little enough text for
// it; else the kind of its tag (h1 to h6, li, figcaption, time).
func (w *textWriter) classify(n *html.Node) (kind BlockKind, level int, ok bool) {
	if n == w.title {
		return Heading, 1, true
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		kind, level, ok = Heading, int(n.Data[1]-'0'), true
	case atom.Li:
		kind, ok = ListItem, true
	case atom.Figcaption:
		kind, ok = Caption, true
	case atom.Time:
		kind, ok = DateLine, true
	}
	if w.size != nil && len(n.Attr) > 0 {
		if k, found := classKind(n); found && w.size[n] <= kindLimit[k] {
			switch {
			case k != Heading:
				return k, 0, true
			case kind == Heading:
				return Heading, level, true // <h2 class="title">
			default:
				return Heading, 1, true
			}
		}
	}
	return kind, level, ok
}

// classKind returns the kind that n's class, id or itemprop names, in
// order of preference: DateLine, Byline, Caption, Lead, Heading.
func classKind(n *html.Node) (BlockKind, bool) {
	var names []string
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "itemprop":
			if a.Val != "" {
				names = append(names, strings.ToLower(a.Val))
			}
		}
	}
	if len(names) == 0 {
		return Paragraph, false
	}
	best, found := Paragraph, false
	for _, v := range names {
		if k, ok := nameKind(v); ok && (!found || kindRank[k] < kindRank[best]) {
			best, found = k, true
		}
	}
	return best, found
}

// kindRank orders the kinds a class name can give, most preferred first.
var kindRank = [...]int{DateLine: 0, Byline: 1, Caption: 2, Lead: 3, Heading: 4, Paragraph: 5, ListItem: 6}

// nameKind returns the kind a lower-case class, id or itemprop value
// names. Long words match anywhere ("post-date", "ctl00_lblDate",
// "detail-sapo"); short ones ("anh", "lead") only as a whole word between
// non-letters.
func nameKind(v string) (BlockKind, bool) {
	has := func(words ...string) bool {
		for _, s := range words {
			if strings.Contains(v, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("date", "time", "ngay", "publish", "thoigian", "thoi-gian"):
		return DateLine, true
	case has("author", "byline", "tacgia", "tac-gia"):
		return Byline, true
	case has("caption", "image", "photo") || hasWord(v, "anh"):
		return Caption, true
	case has("sapo", "summary", "description", "chapeau", "tomtat", "tom-tat") || hasWord(v, "lead"):
		return Lead, true
	case has("title", "tieude", "tieu-de", "headline") && !has("subtitle", "sub-title", "sub_title"):
		return Heading, true
	}
	return Paragraph, false
}

// hasWord reports whether v holds word between non-letters.
func hasWord(v, word string) bool {
	for off := 0; ; {
		i := strings.Index(v[off:], word)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(word)
		if (i == 0 || !isASCIILetter(v[i-1])) && (end == len(v) || !isASCIILetter(v[end])) {
			return true
		}
		off = i + 1
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
