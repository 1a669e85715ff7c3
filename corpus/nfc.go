package corpus

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// stableLimit bounds the runes that isNFCStable looks up in a table: the
// Latin blocks, Vietnamese precomposed letters (U+1EA0–U+1EF9), general
// punctuation and currency signs (₫) are all below it.
const stableLimit = 0x2100

// stableRunes is a bit set of the runes below stableLimit that are NFC
// stable: a starter that combines with no rune before it (norm's
// BoundaryBefore) and is its own NFC. A text of such runes only is NFC,
// since no composition can reach across a starter that does not combine
// backwards and each rune on its own is NFC. It is computed from
// golang.org/x/text/unicode/norm, not written by hand, the first time
// text holds a rune outside ASCII.
var stableRunes = sync.OnceValue(func() *[stableLimit / 64]uint64 {
	var set [stableLimit / 64]uint64
	var buf [utf8.UTFMax]byte
	for r := rune(0); r < stableLimit; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := buf[:utf8.EncodeRune(buf[:], r)]
		if norm.NFC.Properties(s).BoundaryBefore() && norm.NFC.IsNormal(s) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// isNFCStable reports whether b is made only of
// NFC-stable runes (see stableRunes), and so is valid UTF-8 in NFC. False
// means that b may or may not be either.
func isNFCStable(b []byte) bool {
	var set *[stableLimit / 64]uint64
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r >= stableLimit {
			return false
		}
		if set == nil {
			set = stableRunes()
		}
		if set[r/64]&(1<<(r%64)) == 0 {
			return false
		}
		i += n
	}
	return true
}
