package extract

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// The head of a document is what it states about itself before its body:
// the title lines (site menus and breadcrumbs among them, as pages are
// found), the date line and the lead. Only the head can give the
// publication date: a date in the body is an event's date, never the
// document's.

// headMaxLines and headMaxLine bound the head: at most this many lines,
// each shorter than a paragraph of the body.
const (
	headMaxLines = 8
	headMaxLine  = 200
)

// datelineMaxWords is how many words a date line may hold besides its date,
// weekday and clock: "Cập nhật ngày 12/3/2022", "Thứ Ba, 23-6-2020 16:10".
const datelineMaxWords = 3

// isoDateline is a date the text opens with in ISO form, as archives and
// exports write a document's date before its text: "2021-06-07 …",
// "date 2021-06 …" (a month).
var isoDateline = regexp.MustCompile(`^\s*(?:date:?\s+)?(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b`)

// A dateline is the date a document states as its own, with where it
// stands in the text.
type dateline struct {
	value      string    // "YYYY-MM-DD", "YYYY-MM-DDThh:mm[:ss]", or "YYYY-MM" (a month only)
	ref        time.Time // the date partial periods resolve against (the month's last day for a month)
	start, end int       // bytes of the date in the text; both 0 for metadata
	from       string    // "metadata", "date line" or "ISO date at the start"
}

// readDateline finds the publication date of a document: its metadata
// date when the input gives one, else the page's date element (a
// corpus.DateLine block), else a date line in its head (a short line
// that is a date with at most a few words besides), else an ISO date that
// opens the text. It never takes a date from the body.
func readDateline(meta string, blocks []corpus.Block, tk *normalize.Tokenized) dateline {
	if meta != "" {
		return dateline{value: meta, ref: parseRef(meta), from: "metadata"}
	}
	text := tk.Text()
	// a page's date element, when the page marks one
	for _, b := range blocks {
		if b.Kind != corpus.DateLine {
			continue
		}
		for m := range tk.Mentions(b.End, normalize.Options{}) {
			if m.Start >= b.Start && (m.Kind == normalize.Date || m.Kind == normalize.DateTime) && !strings.HasPrefix(m.Str, "--") {
				return dateline{value: m.Str, ref: parseRef(m.Str), start: m.Start, end: m.End, from: "the page's date element"}
			}
		}
	}
	if m := isoDateline.FindStringSubmatchIndex(text); m != nil {
		v := text[m[2]:m[5]]
		if m[6] >= 0 {
			v = text[m[2]:m[7]]
		}
		return dateline{value: v, ref: parseRef(v), start: m[2], end: max(m[5], m[7]), from: "ISO date at the start"}
	}
	end := headEnd(text)
	if end == 0 {
		return dateline{}
	}
	for m := range tk.Mentions(end, normalize.Options{}) {
		if m.Kind != normalize.Date && m.Kind != normalize.DateTime || strings.HasPrefix(m.Str, "--") {
			continue
		}
		ls := strings.LastIndexByte(text[:m.Start], '\n') + 1
		le := strings.IndexByte(text[m.End:], '\n')
		if le < 0 {
			le = len(text) - m.End
		}
		// a line of the page's furniture: "Ngày đăng: 08/10/2019 | Lượt xem: 417"
		before, after := text[ls:m.Start], text[m.End:m.End+le]
		if k := strings.LastIndexByte(before, '|'); k >= 0 {
			before = before[k+1:]
		}
		if k := strings.IndexByte(after, '|'); k >= 0 {
			after = after[:k]
		}
		if extraWords(before+" "+after) <= datelineMaxWords {
			return dateline{value: m.Str, ref: parseRef(m.Str), start: m.Start, end: m.End, from: "date line"}
		}
	}
	return dateline{}
}

// headEnd returns where the head's lines end: after at most headMaxLines
// lines, before the first line as long as a paragraph.
func headEnd(text string) int {
	end := 0
	for n := 0; n < headMaxLines && end < len(text); n++ {
		nl := strings.IndexByte(text[end:], '\n')
		if nl < 0 {
			nl = len(text) - end
		}
		if nl > headMaxLine {
			break
		}
		end += nl + 1
	}
	return min(end, len(text))
}

// extraWords counts the words of s that are neither clock times, numbers
// nor punctuation: what a date line holds besides its date.
func extraWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		letters := false
		for _, r := range w {
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f {
				letters = true
				break
			}
		}
		if letters && !strings.EqualFold(w, "GMT") && !strings.HasPrefix(strings.ToUpper(w), "GMT+") {
			n++
		}
	}
	return n
}

// parseRef reads the date a dateline value stands for: its day, or the
// last day of its month for a month.
func parseRef(v string) time.Time {
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t
		}
	}
	if len(v) == 7 {
		if t, err := time.Parse("2006-01", v); err == nil {
			return t.AddDate(0, 1, -1)
		}
	}
	return time.Time{}
}

// A heading is a heading line of the body, on tokens [a, b), with its
// level: 1 for a Roman numeral or a line in capitals ("II. NHIỆM VỤ",
// "KẾT QUẢ NĂM 2023"), 2 for "1.", 3 for "1.1.", 4 for "a)", and 2 for
// another short line with no sentence end.
type heading struct {
	a, b   int
	level  int
	parent int // the index of the heading that encloses it (the last one before of a higher level), or -1
}

// findHeadings lists the heading lines of the text, in order, reading
// each line once.
// A page's heading elements (corpus.Heading blocks, h1–h6) are headings
// of their own level, whatever their wording.
func (d *document) findHeadings() []heading {
	var out []heading
	bi := 0        // the page's blocks, in text order like the lines
	var open []int // the headings that may enclose the next one, their levels rising
	for a := 0; a < len(d.toks); {
		_, b := d.lineOf(a)
		for bi < len(d.doc.Blocks) && d.doc.Blocks[bi].End <= d.toks[a].Start {
			bi++
		}
		lv := 0
		if bi < len(d.doc.Blocks) && d.doc.Blocks[bi].Kind == corpus.Heading && d.doc.Blocks[bi].Start <= d.toks[a].Start {
			lv = max(d.doc.Blocks[bi].Level, 1)
		} else if d.isHeadingLine(a, b) {
			lv = d.headingLevel(a, b)
		}
		if lv > 0 {
			for len(open) > 0 && out[open[len(open)-1]].level >= lv {
				open = open[:len(open)-1]
			}
			parent := -1
			if len(open) > 0 {
				parent = open[len(open)-1]
			}
			open = append(open, len(out))
			out = append(out, heading{a: a, b: b, level: lv, parent: parent})
		}
		a = b
	}
	return out
}

// headingLevel returns the level of the heading line on tokens [a, b), or
// 0 when it is a line of text rather than a heading (a short line in lower
// case that does not open with a number).
func (d *document) headingLevel(a, b int) int {
	t := d.toks[a]
	next := func(k int, marks string) bool {
		return k < b && d.toks[k].Punct && strings.Contains(marks, d.toks[k].Norm)
	}
	switch {
	case isRoman(t.Norm) && next(a+1, ".)"):
		return 1
	case t.Number && strings.Contains(t.Norm, ".") && !strings.HasSuffix(t.Norm, "."):
		return 3 // "1.1" as one token
	case t.Number && next(a+1, ".") && a+2 < b && d.toks[a+2].Number:
		return 3
	case t.Number && next(a+1, ".)"):
		return 2
	case len(t.Norm) == 1 && t.Norm[0] >= 'a' && t.Norm[0] <= 'z' && next(a+1, ")"):
		return 4
	}
	upper, words := 0, 0
	for k := a; k < b; k++ {
		if d.toks[k].Word {
			words++
			if isAllUpper(d.text[d.toks[k].Start:d.toks[k].End]) {
				upper++
			}
		}
	}
	if words >= 2 && upper == words {
		return 1
	}
	if words >= 2 && t.Upper && d.toks[b-1].Norm == ":" {
		return 2 // "Mục tiêu cụ thể:"
	}
	if words >= 2 && t.Upper && !d.toks[b-1].Punct && b-a <= 12 {
		return 2 // "Mục tiêu đến năm 2025"
	}
	return 0
}

// headingOf returns the index in d.heads of the heading line holding token
// i, or -1.
func (d *document) headingOf(i int) int {
	k := sort.Search(len(d.heads), func(k int) bool { return d.heads[k].b > i })
	if k < len(d.heads) && d.heads[k].a <= i {
		return k
	}
	return -1
}

// sectionEnd returns the first token of the next heading of the same or a
// higher level than heading k (a lower number), or the end of the text.
func (d *document) sectionEnd(k int) int {
	for j := k + 1; j < len(d.heads); j++ {
		visit(1)
		if d.heads[j].level <= d.heads[k].level {
			return d.heads[j].a
		}
	}
	return len(d.toks)
}

// parentSays reports whether an Unless phrase of rule stands in a heading
// that encloses heading k ("1. Các chỉ tiêu được giao" under "I. KẾT QUẢ
// THỰC HIỆN"): the sub-heading is part of the results.
func (d *document) parentSays(k, rule int, hits []hitAt) bool {
	for j := d.heads[k].parent; j >= 0; j = d.heads[j].parent {
		visit(1)
		p := d.heads[j]
		i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= p.a })
		for ; i < len(hits) && hits[i].start < p.b; i++ {
			if hits[i].unless && hits[i].rule == rule {
				return true
			}
		}
	}
	return false
}
