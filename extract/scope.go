package extract

import (
	"regexp"
	"strings"
	"time"

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
// date when the input gives one, else a date line in its head (a short line
// that is a date with at most a few words besides), else an ISO date that
// opens the text. It never takes a date from the body.
func readDateline(meta string, tk *normalize.Tokenized) dateline {
	if meta != "" {
		return dateline{value: meta, ref: parseRef(meta), from: "metadata"}
	}
	text := tk.Text()
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
