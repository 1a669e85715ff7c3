package corpus

import "strconv"

// Block is one block of a document's text as the input marks it up: a
// heading, the date line, the lead, a caption, a list item, the byline or
// a paragraph. Blocks carry the structure of an HTML page over to later
// stages, which build the document's scope tree (head, sections,
// paragraphs) from them instead of guessing it from lines.
type Block struct {
	// Kind says what the block is.
	Kind BlockKind
	// Level is the heading level, 1 to 6 (h1 to h6; 1 for a title-like
	// block), for a Heading, and 0 for every other kind.
	Level int
	// Start and End are byte offsets into Document.Text: Text[Start:End]
	// is the block's text, with no white space at either end. It may hold
	// line breaks (<br>, <pre>).
	Start, End int
}

// BlockKind is the kind of a Block. The zero value is Paragraph.
type BlockKind uint8

// The kinds of blocks.
const (
	// Paragraph is any block that no other kind fits: <p>, <div>, a table
	// cell, text between blocks.
	Paragraph BlockKind = iota
	// Heading is a heading: <h1> to <h6>, the element that holds the
	// page's headline, or a block whose class or id says title ("title",
	// "tieude", "headline").
	Heading
	// DateLine is an element the page marks as the date: a <time>, or a
	// class, id or itemprop that says date, time, publish or "ngay" (day).
	// A short paragraph that holds such an inline element is a DateLine
	// too.
	DateLine
	// Lead is the article's lead (sapo, chapeau): a class, id or itemprop
	// that says sapo, lead, summary, description or chapeau, or a first
	// paragraph set entirely in bold.
	Lead
	// Caption is the caption of a picture: <figcaption>, or a class or id
	// that says caption, image, photo or "anh" (picture).
	Caption
	// ListItem is an <li>.
	ListItem
	// Byline names the author: a class, id or itemprop that says author,
	// byline or "tacgia" (author).
	Byline
)

var blockKindNames = [...]string{
	Paragraph: "paragraph",
	Heading:   "heading",
	DateLine:  "dateline",
	Lead:      "lead",
	Caption:   "caption",
	ListItem:  "listitem",
	Byline:    "byline",
}

// String returns the kind's name in lower case: "paragraph", "heading",
// "dateline", "lead", "caption", "listitem", "byline".
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "BlockKind(" + strconv.Itoa(int(k)) + ")"
}
