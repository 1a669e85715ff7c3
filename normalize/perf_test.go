package normalize

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// perfTexts returns texts that exercise the tokenizer and the scanner:
// the case tables' inputs, the sample articles, and mutations of both
// (upper case, NFD, no-break spaces, CRLF, URLs, cuts at any byte, shuffled
// words, random runs of tricky pieces).
func perfTexts(t testing.TB) []string {
	var texts []string
	for _, c := range readCases(&testing.T{}, filepath.Join("testdata", "cases.tsv")) {
		texts = append(texts, c.input)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "samples", "*.txt"))
	rng := rand.New(rand.NewPCG(7, 11))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		texts = append(texts, s, strings.ToUpper(s), strings.ToLower(s), norm.NFD.String(s),
			strings.ReplaceAll(s, " ", "\u00a0"), strings.ReplaceAll(s, "\n", "\r\n"),
			strings.ReplaceAll(strings.ReplaceAll(s, ". ", ". WWW.Abc.GOV.vn/x "), ", ", ", A@b.Vn "))
		for range 20 {
			i := rng.IntN(len(s))
			j := i + rng.IntN(len(s)-i+1)
			texts = append(texts, s[i:j])
		}
		words := strings.Fields(s)
		for range 5 {
			rng.Shuffle(len(words), func(a, b int) { words[a], words[b] = words[b], words[a] })
			texts = append(texts, strings.Join(words, " "))
		}
	}
	pieces := []string{"1", "2", "0", ".", ",", "/", "-", ":", " ", "\n", "%", "Hà", "nội", "NĂM", "tháng", "ngày",
		"hơn", "triệu", "tỷ", "đồng", "người", "lao động", "www.", "@", "http://", "\u00a0", "\u200b", "\ufeff", "\x00",
		"\xff", "\xe2\x80", "…", "İ", "K", "ǅ", "quý", "I", "II", "số", "NQ-HĐND", "UBND", "(", ")", "\"", "thứ", "Hai",
		"mươi", "lăm", "trăm", "nghìn", "e\u0301", "TP.", "v.v", "\u2028", ".HTML", "Ω"}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestTokenizeAsReference checks that the tokenizer returns exactly what
// the reference (pre-optimization) tokenizer returns.
func TestTokenizeAsReference(t *testing.T) {
	for _, text := range perfTexts(t) {
		checkTokenize(t, text)
	}
}

func checkTokenize(t *testing.T, text string) {
	t.Helper()
	// the tokenizer counts the number tokens
	b := getTokens(text)
	nums := 0
	for _, tok := range b.toks {
		if tok.Number {
			nums++
		}
	}
	if b.nums != nums {
		t.Fatalf("%q: %d number tokens counted; want %d", text, b.nums, nums)
	}
	putTokens(b)
	got, want := tokenize(text), exportRef(tokenizeRef(text))
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("%q: token %d is %+v; want %+v", text, i, got[i], want[i])
			}
		}
		t.Fatalf("%q: %d tokens; want %d", text, len(got), len(want))
	}
}

// TestSentencesAsReference checks the sentence splitter the same way.
func TestSentencesAsReference(t *testing.T) {
	for _, text := range perfTexts(t) {
		if got, want := Sentences(text), sentencesRef(text); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("%q: got %v; want %v", text, got, want)
		}
	}
}

// TestSentenceBytes checks that markFinder looks for the bytes
// sentenceByte marks.
func TestSentenceBytes(t *testing.T) {
	for c := range 256 {
		if sentenceByte[c] != (strings.IndexByte(sentenceBytes, byte(c)) >= 0) {
			t.Fatalf("byte %#x: sentenceByte %v", c, sentenceByte[c])
		}
	}
}

// TestRuneClasses checks the precomputed rune classes against the
// unicode package for every rune they hold.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r < runeTableSize+0x100; r++ {
		if isSpace(r) != isSpaceRef(r) || isWordRune(r) != isWordRuneRef(r) {
			t.Fatalf("%U: classes differ", r)
		}
	}
	for _, r := range []rune{utf8.RuneError, '\u2028', '\u202f', '\ufeff', '\U0001F600', 'İ', 'K'} {
		if isSpace(r) != isSpaceRef(r) || isWordRune(r) != isWordRuneRef(r) {
			t.Fatalf("%U: classes differ", r)
		}
	}
}

// TestDecodeRune checks decodeRune against utf8.DecodeRuneInString on
// every two-byte string, and three-byte ones of every lead byte, and
// classOf against the unicode package.
func TestDecodeRune(t *testing.T) {
	for c0 := 0x80; c0 < 0x100; c0++ {
		for c1 := range 0x100 {
			for _, tail := range []string{"", "\x80", "\xbf", "a", "\x80\x80", "\xa5\x9f"} {
				s := string([]byte{byte(c0), byte(c1)}) + tail
				r, n := decodeRune(s, 0)
				if r2, n2 := utf8.DecodeRuneInString(s); r != r2 || n != n2 {
					t.Fatalf("decodeRune(%q) = %U, %d; utf8 says %U, %d", s, r, n, r2, n2)
				}
			}
		}
	}
	for r := rune(0); r < 0x30000; r++ {
		if classOf(r) != classSlow(r) {
			t.Fatalf("%U: classOf %b; classSlow %b", r, classOf(r), classSlow(r))
		}
	}
}

// TestOpaqueAsReference checks the opaque-chunk test without case folding
// against the reference, which lower-cases the chunk.
func TestOpaqueAsReference(t *testing.T) {
	for _, c := range []string{"www.x", "WWW.X", "Www.", "xwww.", "a@b.c", "@b.c", "a@bc", "http://x", "HTTP://",
		"x.GOV.VN", "x.Gov.Vn/", "trang.HTML", "x.htm", "x.ASPX", "x.PHP", "x.com/", "x.vn/", "İ.gov.vn", "K.com/",
		"động.", "1.234,5", "ab:cd", "ab.cd.ef", "ǅwww.", "x.vn"} {
		if isOpaque(c) != isOpaqueRef(c) {
			t.Errorf("isOpaque(%q) = %v; reference says %v", c, isOpaque(c), isOpaqueRef(c))
		}
	}
	pieces := []string{"w", "W", "ww", "www", ".", "@", ":", "/", "//", "a", "x", "1", "gov", "GOV", "vn", "Vn", "com",
		"org", "edu", "net", "htm", "HTML", "l", "aspx", "php", "đ", "İ", "K", "-", "_", "?", "=", "#"}
	rng := rand.New(rand.NewPCG(9, 9))
	for range 300000 {
		var b strings.Builder
		for range 1 + rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if c := b.String(); isOpaque(c) != isOpaqueRef(c) {
			t.Fatalf("isOpaque(%q) = %v; reference says %v", c, isOpaque(c), isOpaqueRef(c))
		}
	}
}

// TestTokenizedAsScan checks that a Tokenized scans as Scan does, and that
// Mentions up to each line break gives what Scan gives for that head.
func TestTokenizedAsScan(t *testing.T) {
	ref := time.Date(2022, 11, 27, 0, 0, 0, 0, time.UTC)
	for n, text := range perfTexts(t) {
		tk := Tokenize(text)
		if got := tk.Tokens(); !reflect.DeepEqual(got, Tokens(text)) && len(got)+len(Tokens(text)) > 0 {
			t.Fatalf("%q: Tokens differ", text)
		}
		for _, opt := range []Options{{}, {Ref: ref}} {
			want := Scan(text, opt)
			if got := tk.Scan(opt); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: Tokenized.Scan differs from Scan", text)
			}
			if got := slices.Collect(tk.Mentions(len(text), opt)); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
				t.Fatalf("%q: Mentions differs from Scan", text)
			}
			if n%7 != 0 {
				continue // heads of a sample of the texts
			}
			for end := 0; end < len(text); end++ {
				if text[end] != '\n' {
					continue
				}
				want := Scan(text[:end], opt)
				got := slices.Collect(tk.Mentions(end, opt))
				if !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
					t.Fatalf("%q: Mentions(%d) = %v; Scan of the head says %v", text, end, got, want)
				}
				// stopping early yields a prefix
				for m := range tk.Mentions(end, opt) {
					if m != want[0] {
						t.Fatalf("%q: first mention %v; want %v", text, m, want[0])
					}
					break
				}
			}
		}
		tk.Release()
	}
}

// TestTries checks that the tokenizer marks the tokens step may find
// anything at, and that scanning only those finds what scanning every
// token finds.
func TestTries(t *testing.T) {
	ref := time.Date(2022, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, text := range perfTexts(t) {
		b := getTokens(text)
		if len(b.sc.tries) != (len(b.toks)+63)/64 {
			t.Fatalf("%q: %d words of tries for %d tokens", text, len(b.sc.tries), len(b.toks))
		}
		for i, tok := range b.toks {
			want := tok.Number || tok.Punct && tok.Norm == "(" || tok.Word && triggerFilter.MayHave(tok.Norm)
			if got := b.sc.tries[i>>6]&(1<<(i&63)) != 0; got != want {
				t.Fatalf("%q: token %d (%+v) tried %v; want %v", text, i, tok, got, want)
			}
		}
		for _, opt := range []Options{{}, {Ref: ref}} {
			s := newScanner(text, b.toks, opt)
			for i := 0; i < len(s.toks); {
				i = s.step(i)
			}
			if got := scan(text, b, opt); !reflect.DeepEqual(got, s.out) && len(got)+len(s.out) > 0 {
				t.Fatalf("%q: scanning the tried tokens gives %v; every token %v", text, got, s.out)
			}
		}
		putTokens(b)
	}
}

// TestEmitInOrder checks what Scan relies on to skip sorting and Mentions
// to stream: recognizers emit mentions in text order.
func TestEmitInOrder(t *testing.T) {
	for _, text := range perfTexts(t) {
		s := newScanner(text, tokenize(text), Options{})
		for i := 0; i < len(s.toks); {
			i = s.step(i)
		}
		if !slices.IsSortedFunc(s.out, func(a, b Mention) int { return a.Start - b.Start }) {
			t.Fatalf("%q: mentions emitted out of order", text)
		}
	}
}

// FuzzTokenize checks the fast tokenizer and sentence splitter against the
// reference ones on any input.
func FuzzTokenize(f *testing.F) {
	seedFuzz(f)
	f.Add("WWW.X.GOV.VN/a 1.234,5 İ K e\u0301 \xe2\x80 …\u2028")
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenize(t, text)
		if got, want := Sentences(text), sentencesRef(text); !slices.Equal(got, want) {
			t.Fatalf("Sentences = %v; reference says %v", got, want)
		}
	})
}

// TestParseDigitsAsReference checks the number reader, which no longer
// builds strings, against the reference on digit strings with dots and
// commas in every arrangement up to seven bytes, and on random longer ones.
func TestParseDigitsAsReference(t *testing.T) {
	check := func(s string) {
		got, gok := parseDigits(s)
		want, wok := parseDigitsRef(s)
		if got != want || gok != wok {
			t.Fatalf("parseDigits(%q) = %v, %v; reference says %v, %v", s, got, gok, want, wok)
		}
	}
	alphabet := "0159.,"
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		if prefix != "" && prefix[0] >= '0' && prefix[0] <= '9' {
			check(prefix)
		}
		if n == 0 {
			return
		}
		for i := range len(alphabet) {
			gen(prefix+alphabet[i:i+1], n-1)
		}
	}
	gen("", 7)
	rng := rand.New(rand.NewPCG(3, 5))
	for range 200000 {
		b := make([]byte, 1+rng.IntN(26))
		for i := range b {
			switch r := rng.IntN(10); {
			case i > 0 && r == 0:
				b[i] = '.'
			case i > 0 && r == 1:
				b[i] = ','
			default:
				b[i] = byte('0' + rng.IntN(10))
			}
		}
		check(string(b))
	}
}

// TestTriggerFilter checks that the filter before the trigger map keeps
// every trigger word and so changes no answer.
func TestTriggerFilter(t *testing.T) {
	for w := range triggers() {
		if !isTrigger(w) {
			t.Fatalf("isTrigger(%q) = false for a trigger word", w)
		}
	}
	for _, text := range perfTexts(t) {
		for _, tok := range tokenize(text) {
			if isTrigger(tok.Norm) != triggers()[tok.Norm] {
				t.Fatalf("isTrigger(%q) differs from the map", tok.Norm)
			}
		}
	}
}

// TestDateGate checks that dateOrPeriod reads nothing at the number
// tokens step does not try it at.
func TestDateGate(t *testing.T) {
	ref := time.Date(2022, 11, 27, 0, 0, 0, 0, time.UTC)
	texts := perfTexts(t)
	for _, d := range []string{"1", "12", "123", "2020", "12345", "1.5", "01.06.2022", "1.2.3.4", "1,5", "1.2,3"} {
		texts = append(texts, d+"/11/2020", d+"-2021", d+" tháng 6", d+":30", d+"h30 ngày 5/6/2021", d+".11.2021")
	}
	for _, text := range texts {
		for _, opt := range []Options{{}, {Ref: ref}} {
			s := newScanner(text, tokenize(text), opt)
			for i, tok := range s.toks {
				if tok.Number && !mayBeginDate(tok.Norm) {
					if _, ok := s.dateOrPeriod(i); ok || len(s.out) > 0 {
						t.Fatalf("%q: dateOrPeriod reads at token %d, %q", text, i, tok.Norm)
					}
				}
			}
		}
	}
}

// TestLexicon checks that the lexicon bits of a word say exactly which
// tables hold it, for every word of the tables and of the test texts.
func TestLexicon(t *testing.T) {
	slow := func(w string) uint32 {
		var b uint32
		has := func(ok bool, bit uint32) {
			if ok {
				b |= bit
			}
		}
		has(triggers()[w], lxTrigger)
		_, ok := qualifierWords.m[w]
		has(ok, lxQualifier)
		_, ok = qualifierSuffixes.m[w]
		has(ok, lxQualSuffix)
		_, ok = countNouns.m[w]
		has(ok, lxCountNoun)
		_, ok = currencyWords.m[w]
		has(ok, lxCurrency)
		_, ok = otherNouns.m[w]
		has(ok, lxOtherNoun)
		_, ok = phoneLabels.m[w]
		has(ok, lxPhoneLabel)
		_, ok = codeLabels.m[w]
		has(ok, lxCodeLabel)
		_, ok = legalTypes.m[w]
		has(ok, lxLegalType)
		_, ok = weekdays.m[w]
		has(ok, lxWeekday)
		_, ok = digitWords[w]
		has(ok, lxDigit)
		_, ok = scaleWords[w]
		has(ok, lxScale)
		has(addressWords[w], lxAddress)
		has(streetWords[w], lxStreet)
		has(w == "địa" || b&(lxPhoneLabel|lxCodeLabel) != 0, lxLabel)
		has(b&lxLegalType != 0, lxLegal)
		has(b&(lxWeekday|lxDigit) != 0 || slices.Contains([]string{"ngày", "năm", "tháng", "quý", "giai", "nhiệm", "thời", "từ", "mười", "cùng", "tết", "tính", "nửa"}, w), lxDate)
		has(slices.Contains([]string{"lần", "thứ", "đại", "khóa", "khoá"}, w), lxOrdinal)
		has(b&(lxQualifier|lxDigit) != 0 || w == "từ" || w == "mười", lxFigure)
		// step tries a word only if it is a trigger: the recognizers'
		// first words are the triggers
		if (b&lxTrigger != 0) != (b&(lxLabel|lxLegal|lxDate|lxOrdinal|lxFigure) != 0) {
			t.Fatalf("%q: trigger bit %v; recognizer bits %b", w, b&lxTrigger != 0, b)
		}
		return b
	}
	// an entry holds what the tables hold for its word
	for k := range lexSlots {
		e := &lexSlots[k]
		if lexEntry(e.word) != e || e.idx != k || e.digit != digitWords[e.word] || e.scale != scaleWords[e.word] {
			t.Fatalf("%q: entry %+v", e.word, e)
		}
		if !reflect.DeepEqual(countNouns.bySlot[k], countNouns.m[e.word]) ||
			!reflect.DeepEqual(currencyWords.bySlot[k], currencyWords.m[e.word]) ||
			!reflect.DeepEqual(qualifierWords.bySlot[k], qualifierWords.m[e.word]) ||
			!reflect.DeepEqual(qualifierSuffixes.bySlot[k], qualifierSuffixes.m[e.word]) ||
			!reflect.DeepEqual(otherNouns.bySlot[k], otherNouns.m[e.word]) ||
			!reflect.DeepEqual(phoneLabels.bySlot[k], phoneLabels.m[e.word]) ||
			!reflect.DeepEqual(codeLabels.bySlot[k], codeLabels.m[e.word]) ||
			!reflect.DeepEqual(legalTypes.bySlot[k], legalTypes.m[e.word]) ||
			!reflect.DeepEqual(weekdays.bySlot[k], weekdays.m[e.word]) {
			t.Fatalf("%q: phrases by slot differ from the map", e.word)
		}
	}
	words := []string{"", ",", "-"}
	for w := range lexWords {
		words = append(words, w)
	}
	for _, text := range perfTexts(t) {
		for _, tok := range tokenize(text) {
			words = append(words, tok.Norm)
		}
	}
	for _, w := range words {
		if got, want := lexOf(w), slow(w); got != want {
			t.Fatalf("lexOf(%q) = %b; the tables say %b", w, got, want)
		}
	}
}

// TestDateFormats checks the formatting of dates and periods, which no
// longer uses fmt, against fmt.
func TestDateFormats(t *testing.T) {
	for _, v := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2022, 9999, 10000, 123456, -1, -12, -123, -12345} {
		for w := 1; w <= 5; w++ {
			if got, want := string(appendPad(nil, v, w)), fmt.Sprintf("%0*d", w, v); got != want {
				t.Errorf("appendPad(%d, %d) = %q; fmt says %q", v, w, got, want)
			}
		}
		for _, m := range []int{1, 9, 12} {
			if got, want := isoDate(v, m, 7), fmt.Sprintf("%04d-%02d-%02d", v, m, 7); got != want {
				t.Errorf("isoDate = %q; fmt says %q", got, want)
			}
			if got, want := yearPart(v, "-", m, 2), fmt.Sprintf("%d-%02d", v, m); got != want {
				t.Errorf("yearPart = %q; fmt says %q", got, want)
			}
			if got, want := yearPart(v, "-Q", m, 1), fmt.Sprintf("%d-Q%d", v, m); got != want {
				t.Errorf("yearPart = %q; fmt says %q", got, want)
			}
		}
		if got, want := yearSpanStr(v, 2020), fmt.Sprintf("%d/%d", v, 2020); got != want {
			t.Errorf("yearSpanStr = %q; fmt says %q", got, want)
		}
	}
}

// TestDecimalAppend checks Append against String, on values of every
// sign, size and exponent.
func TestDecimalAppend(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	coefs := []int64{0, 1, -1, 7, 10, 123456789, -987654321000, 1<<63 - 1, -1 << 63}
	for range 5000 {
		coefs = append(coefs, rng.Int64()>>rng.IntN(63)*int64(1-2*rng.IntN(2)))
	}
	for _, c := range coefs {
		for exp := -25; exp <= 25; exp++ {
			d := Decimal{Coef: c, Exp: int8(exp)}
			if got, want := string(d.Append([]byte("x"))), "x"+d.String(); got != want {
				t.Fatalf("%#v: Append gives %q; String %q", d, got, want)
			}
		}
	}
}
