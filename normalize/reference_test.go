package normalize

// The reference implementations below are the tokenizer and sentence
// splitter as they were before they were made fast (commit 180caad),
// kept verbatim but for their names. The tests of perf_test.go check that
// the fast ones return exactly what these do, on the case tables, the
// sample articles, mutations of them and fuzzed text.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type tokKind uint8

const (
	tWord   tokKind = iota + 1 // letters and combining marks
	tNum                       // digits with inner '.' or ',' separators
	tPunct                     // one other rune
	tOpaque                    // a URL or e-mail address: never read
)

// A token is a run of the text; norm is its folded form (lower case NFC for
// words), so that matching never needs to rewrite the text. It is the
// reference tokenizer's form of a Token.
type token struct {
	kind       tokKind
	start, end int
	norm       string
	upper      bool // a word that starts with an upper-case letter
	space      bool // whitespace (or junk bytes) stands before the token
	newline    bool // a line break stands before the token
}

// exportRef returns the Tokens of the reference tokens, as exportTokens
// did when the tokenizer made tokens rather than Tokens.
func exportRef(toks []token) []Token {
	var out []Token
	for _, t := range toks {
		out = append(out, Token{Start: t.start, End: t.end, Norm: t.norm, Word: t.kind == tWord, Number: t.kind == tNum,
			Punct: t.kind == tPunct, Upper: t.upper, Space: t.space, Newline: t.newline})
	}
	return out
}

// isSpaceRef reports whether r separates tokens: Unicode spaces including
// no-break spaces, control characters and the replacement rune of bad bytes.
func isSpaceRef(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u200b' || r == '\ufeff' ||
		r == utf8.RuneError || unicode.IsControl(r)
}

// isWordRuneRef reports whether r belongs in a word.
func isWordRuneRef(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// tokenizeRef splits text into tokens. It never fails: bytes that are not
// valid UTF-8 separate tokens like spaces.
func tokenizeRef(text string) []token {
	toks := make([]token, 0, len(text)/4)
	space, newline := true, true
	chunkEnd := -1 // end of the current whitespace-delimited chunk, if opaque
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpaceRef(r) {
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
				if isSpaceRef(r2) {
					break
				}
				end += s2
			}
			if isOpaqueRef(text[i:end]) {
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
		case isWordRuneRef(r):
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
				if !isWordRuneRef(r2) || r2 == utf8.RuneError {
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

// isOpaqueRef reports whether a whitespace-delimited chunk is a URL, a web
// address or an e-mail address, which hold digits that are not figures.
func isOpaqueRef(chunk string) bool {
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

// sentencesRef splits text into sentences and returns their spans, trimmed
// of surrounding whitespace. A sentence ends at a line break, or at ".",
// "!", "?", "…" or ";"-free punctuation followed by a space and an upper-case
// letter, digit, quote or bullet. It does not end inside "36.000", "1,5",
// "14.01.2022", after an abbreviation such as "TP." or "TS.", or at "…" or
// "..." followed by lower case.
func sentencesRef(text string) []Span {
	var out []Span
	start := -1
	add := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start {
			r, size := utf8.DecodeLastRuneInString(text[start:e])
			if !isSpaceRef(r) {
				break
			}
			e -= size
		}
		if e > start {
			out = append(out, Span{start, e})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && start >= 0 && softWrap(text, start, i) {
			i += size
			continue
		}
		if r == '\r' && start >= 0 && i+1 < len(text) && text[i+1] == '\n' && softWrap(text, start, i+1) {
			i += 2
			continue
		}
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			add(i)
			i += size
			continue
		}
		if start < 0 {
			if isSpaceRef(r) {
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

// parseDigitsRef is parseDigits as it was (commit 180caad).
func parseDigitsRef(s string) (Decimal, bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots == 0 && commas == 0:
		return plainRef(s, "")
	case commas == 0:
		if dots == 1 {
			a, b, _ := strings.Cut(s, ".")
			if len(b) == 3 && len(a) <= 3 && !(len(a) > 1 && a[0] == '0') && a != "0" {
				return plainRef(a+b, "")
			}
			return plainRef(a, b)
		}
		return groupedRef(s, '.', "")
	case dots == 0:
		if commas == 1 {
			a, b, _ := strings.Cut(s, ",")
			return plainRef(a, b)
		}
		return groupedRef(s, ',', "")
	}
	last := strings.LastIndexAny(s, ".,")
	intPart, frac := s[:last], s[last+1:]
	group := byte('.')
	if s[last] == '.' {
		group = ','
	}
	if strings.IndexByte(intPart, s[last]) >= 0 {
		return Decimal{}, false
	}
	return groupedRef(intPart, group, frac)
}

// groupedRef reads "1.204.332"-style digits grouped by sep, then a fraction.
func groupedRef(s string, sep byte, frac string) (Decimal, bool) {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 || (len(parts[0]) > 1 && parts[0][0] == '0') {
		return Decimal{}, false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return Decimal{}, false
		}
	}
	return plainRef(strings.Join(parts, ""), frac)
}

// plainRef is plain as it was.
func plainRef(intPart, frac string) (Decimal, bool) {
	if len(intPart)+len(frac) > 18 {
		return Decimal{}, false
	}
	s := intPart
	if frac != "" {
		s += "." + frac
	}
	d, err := ParseDecimal(s)
	return d, err == nil
}
