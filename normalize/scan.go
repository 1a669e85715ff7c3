package normalize

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options tune Scan.
type Options struct {
	// Ref is the date partial dates resolve against, usually the article's
	// publication date: "ngày 26-11" is the most recent 26 November on or
	// before Ref. With a zero Ref, partial dates and "từ đầu năm đến nay"
	// are not resolved and yield no mention.
	Ref time.Time
}

type tokKind uint8

const (
	tWord   tokKind = iota + 1 // letters and combining marks
	tNum                       // digits with inner '.' or ',' separators
	tPunct                     // one other rune
	tOpaque                    // a URL or e-mail address: never read
)

// A token is a run of the text; norm is its folded form (lower case NFC for
// words), so that matching never needs to rewrite the text.
type token struct {
	kind       tokKind
	start, end int
	norm       string
	upper      bool // a word that starts with an upper-case letter
	space      bool // whitespace (or junk bytes) stands before the token
	newline    bool // a line break stands before the token
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize splits text into tokens. It never fails: bytes that are not
// valid UTF-8 separate tokens like spaces.
//
// It is the hot loop of the package: ASCII is classified byte by byte,
// other runes through runeClass, and the lower-case forms of capitalized
// words are written into one buffer that becomes one string at the end,
// rather than one string per word.
func tokenize(text string) []token {
	return tokenizeInto(make([]token, 0, len(text)/4+1), text)
}

// tokenizeInto is tokenize appending to toks, which it reuses.
func tokenizeInto(toks []token, text string) []token {
	toks = toks[:0]
	var (
		lower  []byte      // lower-case forms of capitalized words, back to back
		lowers []lowerSpan // which tokens take their norm from lower
	)
	space, newline := true, true
	// A whitespace-delimited chunk that is a URL or an e-mail address is
	// one opaque token. Only a chunk holding '.', '@' or ':' can be one,
	// so a chunk is tokenized as usual and judged whole when the first
	// such byte comes up; if it is opaque, its tokens so far give way.
	var (
		chunk            int  // the byte where the current chunk starts
		chunkTok         int  // the index of its first token
		chunkSpace, chNL bool // the flags of its first token
		judged           bool // the current chunk was judged not opaque
	)
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpace(r) {
			space = true
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			i += size
			continue
		}
		if space {
			chunk, chunkTok, chunkSpace, chNL, judged = i, len(toks), space, newline, false
		}
		t := token{start: i, space: space, newline: newline}
		space, newline = false, false
		switch {
		case r < utf8.RuneSelf && isDigit(byte(r)):
			j := i + 1
			for j < len(text) {
				c := text[j]
				if isDigit(c) {
					j++
					continue
				}
				if (c == '.' || c == ',') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			t.kind, t.end, t.norm = tNum, j, text[i:j]
		case isWordRune(r):
			first := isUpper(r)
			j, upper, marks := i+size, first, false
			for j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf {
					if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
						break
					}
					upper = upper || c <= 'Z'
					j++
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) || r2 == utf8.RuneError {
					break
				}
				if isMark(r2) {
					marks = true
				}
				upper = upper || isUpper(r2)
				j += s2
			}
			w := text[i:j]
			switch {
			case marks:
				w = strings.ToLower(norm.NFC.String(w))
			case upper:
				// strings.ToLower(w), into the shared buffer
				from := len(lower)
				lower = appendLower(lower, w)
				lowers = append(lowers, lowerSpan{len(toks), from, len(lower)})
			}
			t.kind, t.end, t.norm = tWord, j, w
			t.upper = first
		default:
			t.kind, t.end, t.norm = tPunct, i+size, text[i:i+size]
		}
		if !judged && (t.kind == tPunct && (r == '.' || r == '@' || r == ':') ||
			t.kind == tNum && strings.IndexByte(t.norm, '.') >= 0) {
			judged = true
			if end := chunkEnd(text, t.end); isOpaque(text[chunk:end]) {
				toks = append(toks[:chunkTok], token{kind: tOpaque, start: chunk, end: end, space: chunkSpace, newline: chNL})
				for len(lowers) > 0 && lowers[len(lowers)-1].tok >= chunkTok {
					lowers = lowers[:len(lowers)-1]
				}
				i = end
				continue
			}
		}
		toks = append(toks, t)
		i = t.end
	}
	if len(lowers) > 0 {
		all := string(lower)
		for _, l := range lowers {
			toks[l.tok].norm = all[l.from:l.to]
		}
	}
	return toks
}

// A lowerSpan says that token tok's norm is lower[from:to].
type lowerSpan struct{ tok, from, to int }

// appendLower appends strings.ToLower(w) to b; w is valid UTF-8.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}

// chunkEnd returns where the whitespace-delimited chunk that goes on at
// byte i of text ends.
func chunkEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f { // ASCII spaces and controls
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// isOpaque reports whether a whitespace-delimited chunk is a URL, a web
// address or an e-mail address, which hold digits that are not figures:
// it holds "://" or "www.", a '.' after an '@' that does not begin it, or
// one of opaqueSuffixes. Letters are compared without case. The patterns
// are ASCII without 'i' or 'k', so this is the same as comparing them with
// strings.ToLower(chunk): no other rune lower-cases to an ASCII letter but
// 'İ' and 'K' (Kelvin).
func isOpaque(chunk string) bool {
	if len(chunk) < 5 {
		return false
	}
	at, lastDot, dotLetter := -1, -1, false
	for k := 0; k < len(chunk); k++ {
		switch chunk[k] {
		case '.':
			lastDot = k
			if k >= 3 && foldByte(chunk[k-3]) == 'w' && foldByte(chunk[k-2]) == 'w' && foldByte(chunk[k-1]) == 'w' {
				return true // "www."
			}
			if k+1 < len(chunk) && 'a' <= foldByte(chunk[k+1]) && foldByte(chunk[k+1]) <= 'z' {
				dotLetter = true
			}
		case '@':
			if at < 0 {
				at = k
			}
		case ':':
			if strings.HasPrefix(chunk[k+1:], "//") {
				return true // "://"
			}
		}
	}
	if at > 0 && lastDot > at {
		return true // an e-mail address
	}
	if !dotLetter {
		return false // every suffix is a '.' and a letter
	}
	for _, tld := range opaqueSuffixes {
		if containsFold(chunk, tld) {
			return true
		}
	}
	return false
}

// opaqueSuffixes are the domain and page endings that make a chunk opaque.
var opaqueSuffixes = []string{".gov.vn", ".com.vn", ".org.vn", ".edu.vn", ".net.vn", ".vn/", ".com/", ".html", ".htm", ".aspx", ".php"}

// containsFold reports whether s contains pat, a lower-case ASCII string,
// with ASCII letters of s compared without case.
func containsFold(s, pat string) bool {
	for k := 0; k+len(pat) <= len(s); k++ {
		if foldByte(s[k]) != pat[0] {
			continue
		}
		ok := true
		for m := 1; m < len(pat); m++ {
			if foldByte(s[k+m]) != pat[m] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func foldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// A scanner holds one Scan's state.
type scanner struct {
	text string
	toks []token
	opt  Options
	out  []Mention
	// trigger and triggerSet are triggerFilter() and triggers(), fetched
	// once per scan rather than once per word
	trigger    *WordFilter
	triggerSet map[string]bool
}

// Scan finds every figure, date, period, ordinal, legal reference and phone
// number in text and returns them in text order, never overlapping.
// Start and End of each mention are byte offsets into text, which is read
// as given: NFC or NFD, with or without no-break spaces. Scan never fails;
// unreadable bytes are skipped.
func Scan(text string, opt Options) []Mention {
	buf := getTokens(len(text))
	*buf = tokenizeInto(*buf, text)
	out := scan(text, *buf, opt)
	putTokens(buf)
	return out
}

// scan runs the recognizers over the tokens of text.
func scan(text string, toks []token, opt Options) []Mention {
	s := &scanner{text: text, toks: toks, opt: opt}
	// most mentions hold digits: room for one per number token saves
	// growing the slice mention by mention
	nums := 0
	for k := range toks {
		if toks[k].kind == tNum {
			nums++
		}
	}
	s.out = make([]Mention, 0, nums+2)
	for i := 0; i < len(s.toks); {
		i = s.step(i)
	}
	// Recognizers emit in text order (each starts at or after the token it
	// is given, and the scan goes on after what it took); sort only if that
	// ever fails to hold.
	if !slices.IsSortedFunc(s.out, func(a, b Mention) int { return a.Start - b.Start }) {
		sort.SliceStable(s.out, func(a, b int) bool { return s.out[a].Start < s.out[b].Start })
	}
	if len(s.out) == 0 {
		return nil // as before the slice was made up front
	}
	return s.out
}

// step tries every recognizer at token i and returns the index to go on from.
func (s *scanner) step(i int) int {
	t := s.toks[i]
	switch t.kind {
	case tOpaque, tPunct:
		if t.kind == tPunct {
			if j, ok := s.phoneParen(i); ok {
				return j
			}
		}
		return i + 1
	}
	if s.trigger == nil {
		s.trigger, s.triggerSet = triggerFilter(), triggers()
	}
	if t.kind == tWord && !(s.trigger.MayHave(t.norm) && s.triggerSet[t.norm]) { // isTrigger
		return i + 1
	}
	if j, ok := s.label(i); ok {
		return j
	}
	if j, ok := s.legal(i); ok {
		return j
	}
	if j, ok := s.dateOrPeriod(i); ok {
		return j
	}
	if j, ok := s.ordinal(i); ok {
		return j
	}
	if j, ok := s.figure(i); ok {
		return j
	}
	return i + 1
}

// emit records a mention spanning tokens [a, b).
func (s *scanner) emit(a, b int, m Mention) {
	m.Start, m.End = s.toks[a].start, s.toks[b-1].end
	m.Text = s.text[m.Start:m.End]
	if m.Kind.IsNumeric() && m.Qualifier == "" {
		m.Qualifier = Exact
	}
	s.out = append(s.out, m)
}

// word reports whether token i is the word w (folded).
func (s *scanner) word(i int, w string) bool {
	return i < len(s.toks) && s.toks[i].kind != tNum && s.toks[i].norm == w && (s.toks[i].kind == tWord || s.toks[i].kind == tPunct)
}

// phrase reports whether the words of p stand at token i on one line and
// returns the index after them.
func (s *scanner) phrase(i int, p []string) (int, bool) {
	for k, w := range p {
		j := i + k
		if j >= len(s.toks) || s.toks[j].norm != w || s.toks[j].kind == tNum || s.toks[j].kind == tOpaque {
			return i, false
		}
		if k > 0 && s.toks[j].newline {
			return i, false
		}
		if k > 0 && s.toks[j].kind == tWord && !s.toks[j].space && s.toks[j-1].kind == tWord {
			return i, false
		}
	}
	return i + len(p), true
}

// punct reports whether token i is the punctuation rune p.
func (s *scanner) punct(i int, p string) bool {
	return i < len(s.toks) && s.toks[i].kind == tPunct && s.toks[i].norm == p
}

// tight reports whether token i follows token i-1 with no space.
func (s *scanner) tight(i int) bool {
	return i < len(s.toks) && !s.toks[i].space
}

// num returns token i's text if it is a number token.
func (s *scanner) num(i int) (string, bool) {
	if i < len(s.toks) && s.toks[i].kind == tNum {
		return s.toks[i].norm, true
	}
	return "", false
}

// isDash reports whether token i is a hyphen or a dash.
func (s *scanner) isDash(i int) bool {
	return s.punct(i, "-") || s.punct(i, "–") || s.punct(i, "—") || s.punct(i, "‐") || s.punct(i, "−")
}

// A Token is one word, number or punctuation rune of a text. Start and End
// are byte offsets into the text given to Tokens; Norm is the lower-case
// NFC form of a word (the text itself for numbers and punctuation).
type Token struct {
	Start, End int
	Norm       string
	// Word, Number and Punct say what the token is; a URL or e-mail
	// address is one token that is none of them.
	Word, Number, Punct bool
	// Upper reports whether a word begins with an upper-case letter.
	Upper bool
	// Space and Newline report whether whitespace, or a line break,
	// stands before the token.
	Space, Newline bool
}

// Tokens splits text into the tokens Scan matches against, so that later
// stages can match phrases the same way.
func Tokens(text string) []Token {
	return exportTokens(make([]Token, 0, len(text)/4+1), tokenize(text))
}

// exportTokens appends the exported form of toks to out.
func exportTokens(out []Token, toks []token) []Token {
	for _, t := range toks {
		out = append(out, Token{Start: t.start, End: t.end, Norm: t.norm, Word: t.kind == tWord, Number: t.kind == tNum,
			Punct: t.kind == tPunct, Upper: t.upper, Space: t.space, Newline: t.newline})
	}
	return out
}

// Fold returns the lower-case NFC form of a phrase, its words separated by
// single spaces: the form Token.Norm has, for building phrase tables.
func Fold(phrase string) []string {
	var out []string
	for _, t := range tokenize(phrase) {
		if t.kind != tOpaque {
			out = append(out, t.norm)
		}
	}
	return out
}
