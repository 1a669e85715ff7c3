package normalize

import (
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

// isSpace reports whether r separates tokens: Unicode spaces including
// no-break spaces, control characters and the replacement rune of bad bytes.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u200b' || r == '\ufeff' ||
		r == utf8.RuneError || unicode.IsControl(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize splits text into tokens. It never fails: bytes that are not
// valid UTF-8 separate tokens like spaces.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	space, newline := true, true
	chunkEnd := -1 // end of the current whitespace-delimited chunk, if opaque
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			space = true
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			i += size
			continue
		}
		if space && i >= chunkEnd {
			// a new chunk: URLs and e-mail addresses are opaque as a whole
			end := i
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if isSpace(r2) {
					break
				}
				end += s2
			}
			if isOpaque(text[i:end]) {
				toks = append(toks, token{kind: tOpaque, start: i, end: end, space: space, newline: newline})
				space, newline = false, false
				i = end
				continue
			}
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
			j, upper, marks := i+size, unicode.IsUpper(r), false
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
				if r2 >= 0x300 && r2 <= 0x36f || unicode.Is(unicode.Mn, r2) {
					marks = true
				}
				upper = upper || unicode.IsUpper(r2)
				j += s2
			}
			w := text[i:j]
			switch {
			case marks:
				w = strings.ToLower(norm.NFC.String(w))
			case upper:
				w = strings.ToLower(w)
			}
			t.kind, t.end, t.norm = tWord, j, w
			t.upper = unicode.IsUpper(r)
		default:
			t.kind, t.end, t.norm = tPunct, i+size, text[i:i+size]
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

// isOpaque reports whether a whitespace-delimited chunk is a URL, a web
// address or an e-mail address, which hold digits that are not figures.
func isOpaque(chunk string) bool {
	if len(chunk) < 5 || !strings.ContainsAny(chunk, ".@:") {
		return false
	}
	l := strings.ToLower(chunk)
	if strings.Contains(l, "://") || strings.HasPrefix(l, "www.") || strings.Contains(l, "www.") {
		return true
	}
	if at := strings.IndexByte(l, '@'); at > 0 && strings.IndexByte(l[at:], '.') > 0 {
		return true
	}
	for _, tld := range []string{".gov.vn", ".com.vn", ".org.vn", ".edu.vn", ".net.vn", ".vn/", ".com/", ".html", ".htm", ".aspx", ".php"} {
		if strings.Contains(l, tld) {
			return true
		}
	}
	return false
}

// A scanner holds one Scan's state.
type scanner struct {
	text string
	toks []token
	opt  Options
	out  []Mention
}

// Scan finds every figure, date, period, ordinal, legal reference and phone
// number in text and returns them in text order, never overlapping.
// Start and End of each mention are byte offsets into text, which is read
// as given: NFC or NFD, with or without no-break spaces. Scan never fails;
// unreadable bytes are skipped.
func Scan(text string, opt Options) []Mention {
	s := &scanner{text: text, toks: tokenize(text), opt: opt}
	for i := 0; i < len(s.toks); {
		i = s.step(i)
	}
	sort.SliceStable(s.out, func(a, b int) bool { return s.out[a].Start < s.out[b].Start })
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
	if t.kind == tWord && !triggers()[t.norm] {
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
	toks := tokenize(text)
	out := make([]Token, len(toks))
	for i, t := range toks {
		out[i] = Token{Start: t.start, End: t.end, Norm: t.norm, Word: t.kind == tWord, Number: t.kind == tNum,
			Punct: t.kind == tPunct, Upper: t.upper, Space: t.space, Newline: t.newline}
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
