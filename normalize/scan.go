package normalize

import (
	"math/bits"
	"sort"
	"time"
)

// Options tune Scan.
type Options struct {
	// Ref is the date partial dates resolve against, usually the article's
	// publication date: "ngày 26-11" is the most recent 26 November on or
	// before Ref. A period mention's Str is its Per resolved against Ref:
	// with a zero Ref, partial periods ("6 tháng đầu năm", "quý II", "từ
	// đầu năm đến nay") are mentions whose Str is "", described by Per.
	Ref time.Time
}

// A scanner holds one Scan's state.
type scanner struct {
	text string
	toks []Token
	opt  Options
	out  []Mention
	// tries marks the tokens step may find anything at (tokScratch);
	// with none, step tries every token
	tries []uint64
	// lexE is the lexicon entry of token lexI (lexAt)
	lexI int
	lexE *lexSlot
}

// newScanner returns a scanner of the tokens of text.
func newScanner(text string, toks []Token, opt Options) *scanner {
	return &scanner{text: text, toks: toks, opt: opt, lexI: -1}
}

// next returns the first token at or after i that step may find anything
// at; step(k) is k+1 and does nothing for the tokens in between.
func (s *scanner) next(i int) int {
	if s.tries == nil {
		return i
	}
	for w := i >> 6; w < len(s.tries); w++ {
		b := s.tries[w]
		if w == i>>6 {
			b &^= 1<<(i&63) - 1
		}
		if b != 0 {
			return w<<6 + bits.TrailingZeros64(b)
		}
	}
	return len(s.toks)
}

// Scan finds every figure, date, period, ordinal, legal reference and phone
// number in text and returns them in text order, never overlapping.
// Start and End of each mention are byte offsets into text, which is read
// as given: NFC or NFD, with or without no-break spaces. Scan never fails;
// unreadable bytes are skipped.
func Scan(text string, opt Options) []Mention {
	buf := getTokens(text)
	out := scan(text, buf, opt)
	putTokens(buf)
	return out
}

// scan runs the recognizers over the tokens of text in buf.
func scan(text string, buf *tokBuf, opt Options) []Mention {
	s := newScanner(text, buf.toks, opt)
	s.tries = buf.sc.tries
	// most mentions hold digits: room for one per number token saves
	// growing the slice mention by mention
	s.out = make([]Mention, 0, buf.nums+2)
	for i := s.next(0); i < len(s.toks); i = s.next(s.step(i)) {
	}
	// Recognizers emit in text order (each starts at or after the token it
	// is given, and the scan goes on after what it took); sort only if that
	// ever fails to hold.
	for k := 1; k < len(s.out); k++ { // slices.IsSortedFunc by Start
		if s.out[k].Start < s.out[k-1].Start {
			sort.SliceStable(s.out, func(a, b int) bool { return s.out[a].Start < s.out[b].Start })
			break
		}
	}
	if len(s.out) == 0 {
		return nil // as before the slice was made up front
	}
	return s.out
}

// step tries every recognizer at token i and returns the index to go on from.
func (s *scanner) step(i int) int {
	t := &s.toks[i]
	if t.Punct {
		if j, ok := s.phoneParen(i); ok {
			return j
		}
		return i + 1
	}
	if !t.Word && !t.Number {
		return i + 1 // opaque
	}
	// A word is tried only by the recognizers that can begin with it
	// (most words begin none); a number by those that can begin with a
	// number: not label and ordinal, which begin with words.
	var lx uint32
	if t.Word {
		if !triggerFilter.MayHave(t.Norm) {
			return i + 1 // not isTrigger
		}
		if lx = s.lex(i); lx&lxTrigger == 0 {
			return i + 1
		}
	} else {
		lx = lxLegal | lxFigure
		if mayBeginDate(t.Norm) {
			lx |= lxDate
		}
	}
	if lx&lxLabel != 0 {
		if j, ok := s.label(i); ok {
			return j
		}
	}
	if lx&lxLegal != 0 {
		if j, ok := s.legal(i); ok {
			return j
		}
	}
	if lx&lxDate != 0 {
		if j, ok := s.dateOrPeriod(i); ok {
			return j
		}
	}
	if lx&lxOrdinal != 0 {
		if j, ok := s.ordinal(i); ok {
			return j
		}
	}
	if lx&lxFigure != 0 {
		if j, ok := s.figure(i); ok {
			return j
		}
	}
	return i + 1
}

// mayBeginDate reports whether dateOrPeriod can read anything at the
// number token d: a plain number of one, two or four digits (a day, a
// month, an hour, a count of months or a year), or one with two dots and
// no comma ("01.06.2022").
func mayBeginDate(d string) bool {
	dots := 0
	for k := 0; k < len(d); k++ {
		switch d[k] {
		case '.':
			dots++
		case ',':
			return false
		}
	}
	if dots == 0 {
		return len(d) <= 2 || len(d) == 4
	}
	return dots == 2
}

// emit records a mention spanning tokens [a, b).
func (s *scanner) emit(a, b int, m Mention) {
	m.Start, m.End = s.toks[a].Start, s.toks[b-1].End
	m.Text = s.text[m.Start:m.End]
	if m.Kind.IsNumeric() && m.Qualifier == "" {
		m.Qualifier = Exact
	}
	s.out = append(s.out, m)
}

// word reports whether token i is the word w (folded).
func (s *scanner) word(i int, w string) bool {
	return i < len(s.toks) && s.toks[i].Norm == w && (s.toks[i].Word || s.toks[i].Punct)
}

// phrase reports whether the words of p stand at token i on one line and
// returns the index after them.
func (s *scanner) phrase(i int, p []string) (int, bool) {
	if len(p) == 0 {
		return i, true
	}
	if i >= len(s.toks) || s.toks[i].Norm != p[0] || !(s.toks[i].Word || s.toks[i].Punct) {
		return i, false
	}
	return s.phraseRest(i, p)
}

// phraseRest is phrase for a token i that is the word p[0].
func (s *scanner) phraseRest(i int, p []string) (int, bool) {
	for k := 1; k < len(p); k++ {
		j := i + k
		if j >= len(s.toks) {
			return i, false
		}
		t := &s.toks[j]
		if t.Norm != p[k] || !(t.Word || t.Punct) || t.Newline || t.Word && !t.Space && s.toks[j-1].Word {
			return i, false
		}
	}
	return i + len(p), true
}

// punct reports whether token i is the punctuation rune p.
func (s *scanner) punct(i int, p string) bool {
	return i < len(s.toks) && s.toks[i].Punct && s.toks[i].Norm == p
}

// tight reports whether token i follows token i-1 with no space.
func (s *scanner) tight(i int) bool {
	return i < len(s.toks) && !s.toks[i].Space
}

// num returns token i's text if it is a number token.
func (s *scanner) num(i int) (string, bool) {
	if i < len(s.toks) && s.toks[i].Number {
		return s.toks[i].Norm, true
	}
	return "", false
}

// isDash reports whether token i is a hyphen or a dash.
func (s *scanner) isDash(i int) bool {
	if i >= len(s.toks) || !s.toks[i].Punct {
		return false
	}
	switch s.toks[i].Norm {
	case "-", "–", "—", "‐", "−":
		return true
	}
	return false
}
