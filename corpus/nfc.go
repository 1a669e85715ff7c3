package corpus

import (
	"encoding/binary"
	"math/bits"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// stableLimit bounds the runes that isNFCStable looks up in a table: the
// Latin blocks, Vietnamese precomposed letters (U+1EA0–U+1EF9), general
// punctuation and currency signs (₫) are all below it.
const stableLimit = 0x2100

// isNFCStable decodes only the runes of up to three bytes with a lead
// byte of E0 to E2, which are below U+3000: stableLimit may not pass it.
var _ [0x3000 - stableLimit]struct{}

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
//
// It goes over ASCII eight bytes at a time, to the first byte that is not
// ASCII, and decodes the runes below stableLimit itself: they take two
// bytes, or three with a lead byte of E0 to E2. Any other byte that is not
// ASCII starts a rune at or past stableLimit, or is not UTF-8, and so ends
// the check.
func isNFCStable(b []byte) bool {
	var set *[stableLimit / 64]uint64
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			m := binary.LittleEndian.Uint64(b[i:]) & asciiMask
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8 // the first byte that is not ASCII
		} else if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		c := b[i]
		var r rune
		switch {
		case c >= 0xC2 && c <= 0xDF: // U+0080 to U+07FF
			if i+1 >= len(b) || b[i+1]&0xC0 != 0x80 {
				return false
			}
			r = rune(c&0x1F)<<6 | rune(b[i+1]&0x3F)
			i += 2
		case c >= 0xE0 && c <= 0xE2: // U+0800 to U+2FFF
			if i+2 >= len(b) {
				return false
			}
			c1, c2 := b[i+1], b[i+2]
			if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || c == 0xE0 && c1 < 0xA0 { // not UTF-8, or overlong
				return false
			}
			r = rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= stableLimit {
				return false
			}
			i += 3
		default: // a rune from U+3000 on, or not UTF-8
			return false
		}
		if set == nil {
			set = stableRunes()
		}
		if set[r/64]&(1<<(r%64)) == 0 {
			return false
		}
	}
	return true
}

// asciiMask has the high bit of each of eight bytes: a word of ASCII
// bytes has none of them.
const asciiMask = 0x8080808080808080
