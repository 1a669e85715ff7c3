package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

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

// opaque reports whether the token is a URL or an e-mail address: neither
// a word, a number nor punctuation.
func (t *Token) opaque() bool { return !t.Word && !t.Number && !t.Punct }

// Tokens splits text into the tokens Scan matches against, so that later
// stages can match phrases the same way.
func Tokens(text string) []Token {
	return tokenize(text)
}

// Fold returns the lower-case NFC form of a phrase, its words separated by
// single spaces: the form Token.Norm has, for building phrase tables.
func Fold(phrase string) []string {
	var out []string
	for _, t := range tokenize(phrase) {
		if !t.opaque() {
			out = append(out, t.Norm)
		}
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize splits text into tokens. It never fails: bytes that are not
// valid UTF-8 separate tokens like spaces.
func tokenize(text string) []Token {
	sc := scratchPool.Get().(*tokScratch)
	toks, _ := tokenizeInto(make([]Token, 0, tokCap(len(text))), text, sc)
	scratchPool.Put(sc)
	return toks
}

// tokCap is the room for the tokens of a text of n bytes made up front:
// a token and the space after it take about five bytes.
func tokCap(n int) int { return n/4 + 1 }

// A tokScratch holds the working memory of tokenizeInto, reused across
// calls.
type tokScratch struct {
	lower  []byte      // lower-case forms of capitalized words, back to back
	lowers []lowerSpan // which tokens take their norm from lower
	nums   int         // the number of number tokens
	// tries marks the tokens the scanner tries (step): numbers, "(" and
	// the words triggerFilter may hold; a bit per token
	tries []uint64

	// The whitespace-delimited chunk being read (see tokenizeInto).
	chunk            int  // the byte where it starts
	chunkTok         int  // the index of its first token
	chunkSpace, chNL bool // the flags of its first token
	judged           bool // it was judged not opaque
}

var scratchPool = sync.Pool{New: func() any { return new(tokScratch) }}

// A lowerSpan says that token tok's norm is lower[from:to].
type lowerSpan struct{ tok, from, to int }

// Byte classes, so that the tokenizer classifies an ASCII byte with one
// load, and sends the others to decodeRune.
const (
	bSpace   uint8 = 1 << iota // a token separator: controls, space, DEL
	bNewline                   // '\n' or '\r'
	bLetter                    // 'a'-'z', 'A'-'Z'
	bUpper                     // 'A'-'Z'
	bDigit                     // '0'-'9'
	bMulti                     // a byte of a multi-byte rune (or not UTF-8)
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bMulti
		case c <= ' ' || c == 0x7f:
			t[c] = bSpace
			if c == '\n' || c == '\r' {
				t[c] |= bNewline
			}
		case 'a' <= c && c <= 'z':
			t[c] = bLetter
		case 'A' <= c && c <= 'Z':
			t[c] = bLetter | bUpper
		case '0' <= c && c <= '9':
			t[c] = bDigit
		}
	}
	return t
}()

// tokenizeInto is tokenize appending to toks, which it reuses; it also
// returns the number of number tokens.
//
// It is the hot loop of the package: ASCII is classified byte by byte,
// other runes through runeClass, and the lower-case forms of capitalized
// words are written into one buffer that becomes one string at the end,
// rather than one string per word. Tokens are written in place, field by
// field. What changes seldom (the lower-case buffer, the chunk, the
// counts) is kept in sc rather than in variables, which the compiler
// would save and restore at every turn of the loop.
func tokenizeInto(toks []Token, text string, sc *tokScratch) ([]Token, int) {
	toks = toks[:0]
	sc.nums, sc.lower, sc.lowers, sc.tries = 0, sc.lower[:0], sc.lowers[:0], sc.tries[:0]
	space, newline := true, true
	// A whitespace-delimited chunk that is a URL or an e-mail address is
	// one opaque token. Only a chunk holding '.', '@' or ':' can be one,
	// so a chunk is tokenized as usual and judged whole when the first
	// such byte comes up; if it is opaque, its tokens so far give way.
	for i := 0; i < len(text); {
		c := text[i]
		bc := byteClass[c]
		r, size := rune(c), 1
		var cl uint8 // the classes of r, if it is not ASCII
		if bc&bMulti == 0 {
			if bc&bSpace != 0 {
				space = true
				if bc&bNewline != 0 {
					newline = true
				}
				i++
				continue
			}
		} else {
			if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				r, size = rune(c&0x1F)<<6|rune(text[i+1]&0x3F), 2 // decodeRune, inline
			} else {
				r, size = decodeRune(text, i)
			}
			cl = classOf(r)
			if cl&rcSpace != 0 {
				space = true
				if r == '\u2028' || r == '\u2029' {
					newline = true
				}
				i += size
				continue
			}
		}
		if space {
			sc.chunk, sc.chunkTok, sc.chunkSpace, sc.chNL, sc.judged = i, len(toks), space, newline, false
		}
		n := len(toks)
		if n == cap(toks) {
			toks = append(toks, Token{})
		}
		toks = toks[:n+1]
		if n&63 == 0 {
			sc.tries = append(sc.tries, 0)
		}
		t := &toks[n]
		t.Start, t.Space, t.Newline = i, space, newline
		space, newline = false, false
		var (
			end      int
			maybeURL bool // a number with a '.', or '.', '@' or ':'
		)
		switch {
		case bc&bDigit != 0:
			j := i + 1
			for j < len(text) {
				c := text[j]
				if isDigit(c) {
					j++
					continue
				}
				if (c == '.' || c == ',') && j+1 < len(text) && isDigit(text[j+1]) {
					maybeURL = maybeURL || c == '.'
					j += 2
					continue
				}
				break
			}
			end = j
			t.End, t.Norm = j, text[i:j]
			t.Word, t.Number, t.Punct, t.Upper = false, true, false, false
			sc.nums++
			if maybeURL && sc.chunk == i && (j == len(text) || byteClass[text[j]]&bSpace != 0) {
				// a chunk of digits, dots and commas alone ("36.000"):
				// no URL or e-mail address
				maybeURL, sc.judged = false, true
			}
			sc.tries[n>>6] |= 1 << (n & 63)
		case bc&bLetter != 0 || cl&rcWord != 0:
			first := bc&bUpper != 0 || cl&rcUpper != 0
			j, upper, marks := scanWord(text, i, size, first)
			end = j
			w := text[i:j]
			switch {
			case marks:
				w = strings.ToLower(norm.NFC.String(w))
			case upper:
				// strings.ToLower(w), in the shared buffer
				from := len(sc.lower)
				sc.lower = appendLower(sc.lower, w)
				sc.lowers = append(sc.lowers, lowerSpan{n, from, len(sc.lower)})
				w = ""
			}
			t = &toks[n]
			t.End, t.Norm = j, w
			t.Word, t.Number, t.Punct, t.Upper = true, false, false, first
			if w != "" && triggerFilter.MayHave(w) {
				sc.tries[n>>6] |= 1 << (n & 63)
			}
		default:
			end = i + size
			t.End, t.Norm = end, text[i:end]
			t.Word, t.Number, t.Punct, t.Upper = false, false, true, false
			maybeURL = r == '.' || r == '@' || r == ':'
			if r == '(' {
				sc.tries[n>>6] |= 1 << (n & 63)
			}
		}
		if maybeURL && !sc.judged {
			if e, ok := sc.opaque(toks, text, end); ok {
				toks, i = toks[:sc.chunkTok+1], e
				continue
			}
		}
		i = end
	}
	if len(sc.lowers) > 0 {
		all := string(sc.lower)
		for _, l := range sc.lowers {
			w := all[l.from:l.to]
			toks[l.tok].Norm = w
			if triggerFilter.MayHave(w) {
				sc.tries[l.tok>>6] |= 1 << (l.tok & 63)
			}
		}
	}
	return toks, sc.nums
}

// scanWord reads the word whose first rune, of size bytes, is at text[i]
// and returns where it ends, whether it holds an upper-case letter (upper
// says whether the first rune is one), and whether it holds a combining
// mark.
func scanWord(text string, i, size int, upper bool) (end int, anyUpper, marks bool) {
	j := i + size
	for j < len(text) {
		c := text[j]
		switch byteClass[c] {
		case bLetter:
			j++
			for j < len(text) && byteClass[text[j]] == bLetter {
				j++
			}
		case bLetter | bUpper:
			upper = true
			j++
		case bMulti:
			// decodeRune(text, j), inline
			var r rune
			var s int
			if c >= 0xC2 && c < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
				r, s = rune(c&0x1F)<<6|rune(text[j+1]&0x3F), 2
			} else if c == 0xE1 && j+2 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80 {
				r, s = 0x1000|rune(text[j+1]&0x3F)<<6|rune(text[j+2]&0x3F), 3
			} else {
				r, s = decodeRune(text, j)
			}
			cl := classOf(r)
			if cl&rcWord == 0 || r == utf8.RuneError {
				return j, upper, marks
			}
			if cl&rcMark != 0 {
				marks = true
			}
			if cl&rcUpper != 0 {
				upper = true
			}
			j += s
		default:
			return j, upper, marks
		}
	}
	return j, upper, marks
}

// opaque judges the chunk of the token that ends at end, toks[len(toks)-1]:
// if it is a URL or an e-mail address, it makes the chunk's first token
// the opaque token of the whole chunk, drops the others, and returns where
// the chunk ends.
func (sc *tokScratch) opaque(toks []Token, text string, end int) (int, bool) {
	sc.judged = true
	end = chunkEnd(text, end)
	if !isOpaque(text[sc.chunk:end]) {
		return 0, false
	}
	for k := sc.chunkTok; k < len(toks); k++ {
		if toks[k].Number {
			sc.nums--
		}
	}
	t := &toks[sc.chunkTok]
	t.Start, t.End, t.Norm = sc.chunk, end, ""
	t.Word, t.Number, t.Punct, t.Upper, t.Space, t.Newline = false, false, false, false, sc.chunkSpace, sc.chNL
	for len(sc.lowers) > 0 && sc.lowers[len(sc.lowers)-1].tok >= sc.chunkTok {
		sc.lowers = sc.lowers[:len(sc.lowers)-1]
	}
	// the opaque token is not tried, nor are the tokens it replaces
	n := sc.chunkTok
	sc.tries = sc.tries[:n>>6+1]
	sc.tries[n>>6] &= 1<<(n&63) - 1
	return end, true
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for s[i] >= utf8.RuneSelf,
// with the two- and three-byte forms that Vietnamese letters take read
// inline.
func decodeRune(s string, i int) (rune, int) {
	if i+2 < len(s) {
		c0, c1 := s[i], s[i+1]
		if c0 >= 0xC2 && c0 < 0xE0 && c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
		// U+1000–U+1FFF, which holds Latin Extended Additional
		if c0 == 0xE1 && c1&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return 0x1000 | rune(c1&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// classOf returns the rune classes (rcWord, rcUpper, rcSpace, rcMark) of r.
func classOf(r rune) uint8 {
	if uint32(r) < runeTableSize {
		return runeClass[r]
	}
	return classSlow(r)
}

// lowerTable holds unicode.ToLower of the runes below runeTableSize, all
// of which lower-case to runes below U+10000.
var lowerTable = func() *[runeTableSize]uint16 {
	var t [runeTableSize]uint16
	for r := rune(0); r < runeTableSize; r++ {
		l := unicode.ToLower(r)
		if l > 0xffff {
			panic("normalize: lowerTable overflows")
		}
		t[r] = uint16(l)
	}
	return &t
}()

// appendLowerRune appends unicode.ToLower(r) to b.
func appendLowerRune(b []byte, r rune) []byte {
	if uint32(r) < runeTableSize {
		r = rune(lowerTable[r])
	} else {
		r = unicode.ToLower(r)
	}
	return utf8.AppendRune(b, r)
}

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
		b = appendLowerRune(b, r)
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
