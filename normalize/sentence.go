package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// abbreviations end with a dot that does not end a sentence ("TP. Hồ Chí
// Minh", "TS. Nguyễn"); compared lower case, without the dot.
var abbreviations = map[string]bool{
	"tp": true, "ts": true, "ths": true, "pgs": true, "gs": true, "bs": true, "ks": true,
	"tx": true, "tt": true, "q": true, "p": true, "h": true, "x": true, "đ/c": true, "ông": false,
	"th.s": true, "nxb": true, "tr": true, "st": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "v.v": true, "vv": true, "cn": true, "ttg": false, "k": true, "đc": true,
	"th": true, "bsck": true, "ncs": true, "lđ": false,
}

// Sentences splits text into sentences and returns their spans, trimmed
// of surrounding whitespace. A sentence ends at a line break, or at ".",
// "!", "?", "…" or ";"-free punctuation followed by a space and an upper-case
// letter, digit, quote or bullet. It does not end inside "36.000", "1,5",
// "14.01.2022", after an abbreviation such as "TP." or "TS.", or at "…" or
// "..." followed by lower case.
func Sentences(text string) []Span {
	var out []Span
	start := -1
	add := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[start:e])
			if !isSpace(r) {
				break
			}
			e -= size
		}
		if e > start {
			if out == nil {
				// room for a sentence per 128 bytes, about the average
				out = make([]Span, 0, len(text)/128+4)
			}
			out = append(out, Span{start, e})
		}
		start = -1
	}
	var marks markFinder
	for i := 0; i < len(text); {
		if start >= 0 {
			// inside a sentence only line breaks and closing marks matter:
			// skip to the next byte that may begin one (a rune start, as
			// ASCII bytes and 0xE2 never continue a rune)
			if i = marks.next(text, i); i == len(text) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && start >= 0 && softWrap(text, start, i) {
			i += size // a hard-wrapped line goes on
			continue
		}
		if r == '\r' && start >= 0 && i+1 < len(text) && text[i+1] == '\n' && softWrap(text, start, i+1) {
			i += 2 // the same, with a CRLF line break
			continue
		}
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			add(i)
			i += size
			continue
		}
		if start < 0 {
			if isSpace(r) {
				i += size
				continue
			}
			start = i
		}
		next := i + size
		if r == '.' || r == '!' || r == '?' || r == '…' {
			// a run of closing marks: "...", "?!", a closing quote or bracket
			for next < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[next:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' {
					next += s2
					continue
				}
				break
			}
			if endsSentence(text, start, i, next) {
				add(next)
			}
		}
		i = next
	}
	add(len(text))
	return out
}

// softWrap reports whether the line break at text[i] (inside a sentence
// begun at start) only wraps a long line, as text from a PDF or a plain-
// text report does: the line before ends in a word, a number or a comma,
// and the next line, right after, starts with a lower-case letter ("tỷ lệ
// lao động qua đào tạo nghề\nđạt 35%"). A blank line, a list item ("- …")
// or a capital after the break starts anew.
func softWrap(text string, start, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[start:i], " \t\r"))
	if !(unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev == ',' || prev == '(') {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLower(next)
}

// sentenceByte marks the bytes that may begin a line break or a closing
// mark: '\n', '\r', '.', '!', '?', and 0xE2, the first byte of '…'
// (U+2026), U+2028 and U+2029.
var sentenceByte = [256]bool{'\n': true, '\r': true, '.': true, '!': true, '?': true, 0xE2: true}

// A markFinder finds the bytes of sentenceBytes in a text. It keeps the
// next place of each byte, found with strings.IndexByte, which is much
// faster than a loop over the bytes: most bytes are none of them.
type markFinder struct {
	at [len(sentenceBytes)]int // where each byte is next (at or after at[k]+1); -1 at first
	ok bool                    // at is set
}

// sentenceBytes are the bytes sentenceByte marks.
const sentenceBytes = "\n\r.!?\xe2"

// next returns the smallest j >= i with sentenceByte[text[j]], or
// len(text). text must be the same at every call, and i must not
// decrease.
func (f *markFinder) next(text string, i int) int {
	if !f.ok {
		f.at, f.ok = [len(sentenceBytes)]int{-1, -1, -1, -1, -1, -1}, true
	}
	m := len(text)
	for k := range f.at {
		if f.at[k] < i {
			if j := strings.IndexByte(text[i:], sentenceBytes[k]); j >= 0 {
				f.at[k] = i + j
			} else {
				f.at[k] = len(text)
			}
		}
		m = min(m, f.at[k])
	}
	return m
}

// endsSentence reports whether the mark at text[i:next] ends the sentence
// begun at start.
func endsSentence(text string, start, i, next int) bool {
	if next >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	if !isSpace(r) {
		return false // "36.000", "1.5", "gov.vn", "...song"
	}
	// the next visible rune must open a sentence
	j := next
	for j < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if r2 == '\n' || r2 == '\r' {
			return true
		}
		if !isSpace(r2) {
			break
		}
		j += s2
	}
	if j >= len(text) {
		return true
	}
	r, _ = utf8.DecodeRuneInString(text[j:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(-–•*[", r)) {
		return false
	}
	if text[i] == '.' && next == i+1 {
		// the word before the dot: an abbreviation or an initial?
		w := i
		for w > start {
			r2, s2 := utf8.DecodeLastRuneInString(text[start:w])
			if isSpace(r2) || r2 == '(' {
				break
			}
			w -= s2
		}
		if i-w > 12 {
			// lower case is at least a third as long (a rune lower-cases
			// to one at least a third as long): not an abbreviation, and
			// more than one rune
			return true
		}
		var buf [48]byte
		word := appendLower(buf[:0], text[w:i]) // strings.ToLower
		if abbreviations[string(word)] {
			return false
		}
		if n := utf8.RuneCount(word); n == 1 {
			if r2, _ := utf8.DecodeRune(word); unicode.IsLetter(r2) {
				return false // an initial: "N. V. An"
			}
		}
	}
	return true
}
