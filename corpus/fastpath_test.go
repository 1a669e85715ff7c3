package corpus

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// slowNFCStable is isNFCStable as first written, a rune at a time with
// utf8.DecodeRune: the reference for the fast one.
func slowNFCStable(b []byte) bool {
	set := stableRunes()
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r >= stableLimit || set[r/64]&(1<<(r%64)) == 0 {
			return false
		}
		i += n
	}
	return true
}

// slowBinary is isBinary as first written, a byte at a time: the
// reference for the fast one.
func slowBinary(head []byte) bool {
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b || c == 0x7f {
			controls++
		}
	}
	return controls*16 > len(head)
}

// fastPathCases are inputs where the fast checks could go wrong: runes at
// the edges of their byte lengths and of stableLimit, overlong forms,
// surrogates, sequences cut at the end or by ASCII, non-ASCII bytes at
// every position of an eight-byte word, and control characters around
// the one-in-16 threshold.
var fastPathCases = []string{
	"", "a", "abcdefg", "abcdefgh", "abcdefghi", strings.Repeat("x", 64),
	"Năm 2023, tỷ lệ hộ nghèo giảm còn 2,15%.", "Đồng ₫ – “trích dẫn” …",
	"\u007f", "\u0080", "\u00bf", "\u00c0", "\u00ff", "\u0100", "\u02ff", "\u0300", "\u0301", "\u036f", "\u0370", "\u07ff",
	"\u0800", "\u0fff", "\u1000", "\u1100", "\u1161", "\u11a8", "\u1ea0", "\u1ef9", "\u1fff", "\u2000", "\u20ab", "\u20ff",
	"\u2100", "\u2126", "\u212b", "\u2fff", "\u3000", "\uac00", "\ud7ff", "\ue000", "\uffff", "\U00010000", "\U0001f600",
	"\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x7f", "\xc2\xc0", "\xdf", "\xdf\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0",
	"\xe0\xa0\x80", "\xe1\x80", "\xe1\x80\x7f", "\xe1\xbb\x87", "\xe2\x82\xab", "\xe2\x84\x80", "\xe2\x83\xbf", "\xe3\x80\x80",
	"\xed\xa0\x80", "\xef\xbb\xbf", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xf5", "\xff", "\xfe\xff", "\x80", "\xbf",
	"abcdefg\xc3", "abcdefg\xc3\xa0", "abcdef\xe1\xbb", "abcdef\xe1\xbb\x87", "abcdefgh\xe1\xbb\x87ij",
	"a\u0300", "e\u0302\u0301", "\u1100\u1161", "\u0cbf\u0cd5",
	"\x00", "abc\x00def", "\x01", "\x01\x02\x03", "\t\n\v\f\r\x1b", "\x7f\x7f", "\x1f\x20\x7e\x7f\x80",
	"\xff\xfe\x00a", "\xfe\xff\x00a", "\xff", "\xfe",
	strings.Repeat("a", 15) + "\x01", strings.Repeat("a", 16) + "\x01", strings.Repeat("a", 14) + "\x01\x01" + strings.Repeat("b", 16),
	strings.Repeat("Dòng\x07 một\n", 40), strings.Repeat("x\x7f", 100), strings.Repeat("\x1b[0m xanh\n", 30),
}

// TestFastChecks checks that isNFCStable and isBinary give what their
// byte-at-a-time references give, on tricky inputs at every alignment.
func TestFastChecks(t *testing.T) {
	for _, s := range fastPathCases {
		for pad := range 9 {
			for _, b := range [][]byte{
				[]byte(strings.Repeat("p", pad) + s),
				[]byte(s + strings.Repeat("p", pad)),
				[]byte(strings.Repeat("ệ", pad) + s + strings.Repeat("\n", pad)),
			} {
				if got, want := isNFCStable(b), slowNFCStable(b); got != want {
					t.Errorf("isNFCStable(%q) = %v; want %v", b, got, want)
				}
				if got, want := isBinary(b), slowBinary(b); got != want {
					t.Errorf("isBinary(%q) = %v; want %v", b, got, want)
				}
			}
		}
	}
}

// TestNFCStableAllSequences compares isNFCStable with its reference on
// every sequence of up to three bytes, alone and after seven ASCII bytes
// (so that it straddles an eight-byte word).
func TestNFCStableAllSequences(t *testing.T) {
	if testing.Short() {
		t.Skip("16 million sequences")
	}
	buf := []byte("abcdefg\x00\x00\x00")
	for n := 1; n <= 3; n++ {
		end := 1 << (8 * n)
		for v := range end {
			for i := range n {
				buf[7+i] = byte(v >> (8 * i))
			}
			for _, b := range [][]byte{buf[7 : 7+n], buf[:7+n]} {
				if got, want := isNFCStable(b), slowNFCStable(b); got != want {
					t.Fatalf("isNFCStable(%q) = %v; want %v", b, got, want)
				}
			}
		}
	}
}

// TestControlsIn checks the word-at-a-time test of isBinary against
// isControl for every byte value at every position of a word, among
// neighbours of every kind.
func TestControlsIn(t *testing.T) {
	neighbours := []byte{0x00, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xa0, 0xff, 'a', '\n'}
	for c := range 256 {
		for pos := range 8 {
			for _, nb := range neighbours {
				var w [8]byte
				for i := range w {
					w[i] = nb
				}
				w[pos] = byte(c)
				x := uint64(0)
				for i := 7; i >= 0; i-- {
					x = x<<8 | uint64(w[i])
				}
				m := controlsIn(x)
				for i := range 8 {
					flagged := m>>(8*i)&0xff == 0x80
					if m>>(8*i)&0x7f != 0 {
						t.Fatalf("controlsIn(%x): stray bits %x", x, m)
					}
					want := w[i] < 0x20 || w[i] == 0x7f
					if flagged != want {
						t.Fatalf("controlsIn(%x): byte %d (%#x) flagged %v", x, i, w[i], flagged)
					}
					if isControl(w[i]) && !flagged {
						t.Fatalf("controlsIn(%x) misses control %#x", x, w[i])
					}
				}
			}
		}
	}
}

// TestFastChecksRandom compares the fast checks with their references on
// random mixes of the tricky pieces.
func TestFastChecksRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		var b []byte
		for range rng.IntN(8) {
			b = append(b, fastPathCases[rng.IntN(len(fastPathCases))]...)
		}
		if got, want := isNFCStable(b), slowNFCStable(b); got != want {
			t.Fatalf("isNFCStable(%q) = %v; want %v", b, got, want)
		}
		if got, want := isBinary(b), slowBinary(b); got != want {
			t.Fatalf("isBinary(%q) = %v; want %v", b, got, want)
		}
	}
}

func FuzzFastChecks(f *testing.F) {
	for _, s := range fastPathCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := isNFCStable(b), slowNFCStable(b); got != want {
			t.Fatalf("isNFCStable(%q) = %v; want %v", b, got, want)
		}
		if got, want := isBinary(b), slowBinary(b); got != want {
			t.Fatalf("isBinary(%q) = %v; want %v", b, got, want)
		}
	})
}

// BenchmarkIsBinary measures the check on an article's first bytes.
func BenchmarkIsBinary(b *testing.B) {
	head := []byte(benchText[:peekSize])
	b.SetBytes(int64(len(head)))
	for b.Loop() {
		isBinary(head)
	}
}

// FuzzWalkLikeOpen checks that a file read by Walk, into memory at once,
// yields what Open yields reading the same bytes as a stream.
func FuzzWalkLikeOpen(f *testing.F) {
	for _, s := range fastPathCases {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("<p>đoạn</p>"), true)
	f.Add([]byte("\xef\xbb\xbfCó BOM"), false)
	f.Add([]byte("\xff\xfeV\x00i\x00\xc7\x1ec\x00"), false)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		name := "a.txt"
		if html {
			name = "a.html"
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for it := range Open(p, bytes.NewReader(data)) {
			want = append(want, itemString(it))
		}
		for it := range Walk([]string{dir}, nil) {
			got = append(got, itemString(it))
		}
		if !slices.Equal(want, got) {
			t.Fatalf("%q: Walk gives %q; Open gives %q", data, got, want)
		}
		os.Remove(p)
	})
}
