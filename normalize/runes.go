package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Rune classes, precomputed for the runes of Vietnamese text (everything
// below U+2000: Latin, combining marks and Latin Extended Additional), so
// that the tokenizer does not search Unicode tables per rune. Runes at or
// above U+2000 are classified by the unicode package as before.
const (
	rcWord  uint8 = 1 << iota // a letter or a nonspacing mark (isWordRune)
	rcUpper                   // an upper-case letter (unicode.IsUpper)
	rcSpace                   // a token separator (isSpace)
	rcMark                    // a nonspacing mark (unicode.Mn)
)

// runeTableSize bounds the runes that runeClass holds.
const runeTableSize = 0x2000

// runeClass holds the classes of the runes below runeTableSize.
var runeClass = func() *[runeTableSize]uint8 {
	var t [runeTableSize]uint8
	for r := rune(0); r < runeTableSize; r++ {
		t[r] = classSlow(r)
	}
	return &t
}()

// classSlow returns the classes of r from the unicode package.
func classSlow(r rune) uint8 {
	var c uint8
	if isWordRuneSlow(r) {
		c |= rcWord
	}
	if unicode.IsUpper(r) {
		c |= rcUpper
	}
	if isSpaceSlow(r) {
		c |= rcSpace
	}
	if unicode.Is(unicode.Mn, r) {
		c |= rcMark
	}
	return c
}

// isSpace reports whether r separates tokens: Unicode spaces including
// no-break spaces, control characters and the replacement rune of bad bytes.
func isSpace(r rune) bool {
	if uint32(r) < runeTableSize {
		return runeClass[r]&rcSpace != 0
	}
	return isSpaceSlow(r)
}

func isSpaceSlow(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u200b' || r == '\ufeff' ||
		r == utf8.RuneError || unicode.IsControl(r)
}

// isWordRune reports whether r belongs in a word: a letter or a nonspacing mark.
func isWordRune(r rune) bool {
	if uint32(r) < runeTableSize {
		return runeClass[r]&rcWord != 0
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
