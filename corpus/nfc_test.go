package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// stableList returns the NFC-stable runes of the table in [lo, hi).
func stableList(lo, hi rune) []rune {
	set := stableRunes()
	var rs []rune
	for r := lo; r < hi; r++ {
		if set[r/64]&(1<<(r%64)) != 0 {
			rs = append(rs, r)
		}
	}
	return rs
}

// TestStableRunes checks the claim isNFCStable rests on: a text of
// NFC-stable runes is NFC. Every pair of stable runes of the blocks
// Vietnamese text uses is tried, and random strings of the whole table.
func TestStableRunes(t *testing.T) {
	var rs []rune
	rs = append(rs, stableList(0, 0x250)...)
	rs = append(rs, stableList(0x1E00, 0x1F00)...)
	rs = append(rs, stableList(0x2000, stableLimit)...)
	for _, r := range []rune{'a', 'ệ', 'ơ', 'ư', 'đ', 'Đ', 'à', '₫', '–', '“', '…', '°'} {
		if !isNFCStable([]byte(string(r))) {
			t.Errorf("%q (%U) is not NFC-stable", r, r)
		}
	}
	for _, r := range []rune{0x300, 0x301, 0x302, 0x303, 0x309, 0x323, 0x212B, 0x2126, 0x340, 0xFFFD} {
		if isNFCStable([]byte(string(r))) {
			t.Errorf("%U is NFC-stable", r)
		}
	}
	buf := make([]byte, 0, 8)
	for _, r1 := range rs {
		for _, r2 := range rs {
			buf = utf8.AppendRune(utf8.AppendRune(buf[:0], r1), r2)
			if !norm.NFC.IsNormal(buf) {
				t.Fatalf("%U %U: not NFC", r1, r2)
			}
		}
	}
	all := stableList(0, stableLimit)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		buf = buf[:0]
		for range 1 + rng.IntN(8) {
			buf = utf8.AppendRune(buf, all[rng.IntN(len(all))])
		}
		if !isNFCStable(buf) || !norm.NFC.IsNormal(buf) {
			t.Fatalf("%q: stable %v, NFC %v", buf, isNFCStable(buf), norm.NFC.IsNormal(buf))
		}
	}
}

// TestIsNFCStable checks that isNFCStable only says yes for valid UTF-8
// in NFC, on random mixes of stable runes, combining marks, other
// scripts and bytes that are not UTF-8, and that the sample articles take
// the fast path.
func TestIsNFCStable(t *testing.T) {
	pieces := []string{"a", "e", "ệ", "ê", "\u0302", "\u0301", "\u0323", "ơ", "ư", "đ", " ", "1.234", "\n",
		"\u212B", "Å", "가", "\u11A8", "\u1100", "\u1161", "\xff", "\xe1\xbb", "\xed\xa0\x80", "₫", "😀", "\u0CD5", "\u0CBF"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b []byte
		for range rng.IntN(6) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		if isNFCStable(b) && !(utf8.Valid(b) && norm.NFC.IsNormal(b)) {
			t.Fatalf("%q: stable, but valid %v, NFC %v", b, utf8.Valid(b), norm.NFC.IsNormal(b))
		}
	}
	files, err := filepath.Glob("../testdata/samples/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no sample articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !isNFCStable(b) {
			t.Errorf("%s does not take the fast path", f)
		}
	}
}

func FuzzIsNFCStable(f *testing.F) {
	f.Add([]byte("Năm 2023 tỷ lệ hộ nghèo còn 2,15%"))
	f.Add([]byte("e\u0302\u0301"))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if isNFCStable(b) && !(utf8.Valid(b) && norm.NFC.IsNormal(b)) {
			t.Fatalf("%q: stable, but valid %v, NFC %v", b, utf8.Valid(b), norm.NFC.IsNormal(b))
		}
	})
}

func BenchmarkNFCCheck(b *testing.B) {
	files, _ := filepath.Glob("../testdata/samples/*.txt")
	var text []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, d...)
	}
	if len(text) == 0 {
		b.Skip("no sample articles")
	}
	b.Run("IsNormal", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			norm.NFC.IsNormal(text)
		}
	})
	b.Run("ValidIsNormal", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			_ = utf8.Valid(text) && norm.NFC.IsNormal(text)
		}
	})
	b.Run("isNFCStable", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			isNFCStable(text)
		}
	})
}
