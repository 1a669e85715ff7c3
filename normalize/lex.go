package normalize

import "sort"

// Lexicon bits: what a word can begin. The scanner looks a word up once
// (lexAt) and then tests a bit where it would look the word up in a
// table; the lexicon entry holds what the tables hold for the word.
const (
	lxTrigger    uint32 = 1 << iota // triggers: the word can begin a mention
	lxQualifier                     // a phrase of qualifierWords
	lxQualSuffix                    // a phrase of qualifierSuffixes
	lxCountNoun                     // a phrase of countNouns
	lxCurrency                      // a phrase of currencyWords
	lxOtherNoun                     // a phrase of otherNouns
	lxPhoneLabel                    // a phrase of phoneLabels
	lxCodeLabel                     // a phrase of codeLabels
	lxLegalType                     // a phrase of legalTypes
	lxWeekday                       // a phrase of weekdays
	lxDigit                         // a key of digitWords
	lxScale                         // a key of scaleWords
	lxAddress                       // a key of addressWords (all true)
	lxStreet                        // a key of streetWords (all true)

	// The words a recognizer can begin with (a number aside): step tries
	// a recognizer at a word only if it has the bit. Together they are
	// the triggers.
	lxLabel   // label: "địa" (chỉ), phoneLabels, codeLabels
	lxLegal   // legal: legalTypes
	lxDate    // dateOrPeriod: weekdays, "ngày", period words, month counts
	lxOrdinal // ordinal: "lần", "thứ", "đại" (hội), "khóa"
	lxFigure  // figure: qualifierWords, "từ", spelled numerals
)

// recognizerWords are the words of lxLabel, lxDate, lxOrdinal and lxFigure
// that no table gives.
var recognizerWords = map[uint32][]string{
	lxLabel:   {"địa"},
	lxDate:    {"ngày", "năm", "tháng", "quý", "giai", "nhiệm", "thời", "từ", "mười", "cùng", "tết", "tính", "nửa"},
	lxOrdinal: {"lần", "thứ", "đại", "khóa", "khoá"},
	lxFigure:  {"từ", "mười"},
}

// lexWords holds the lexicon bits of every word that has any.
var lexWords = func() map[string]uint32 {
	m := map[string]uint32{}
	for w := range triggers() {
		m[w] |= lxTrigger
	}
	for _, ix := range []*phraseIndex[bool]{otherNouns, phoneLabels, codeLabels, legalTypes, weekdays} {
		for w := range ix.m {
			m[w] |= ix.bit
		}
	}
	for _, ix := range []*phraseIndex[Qualifier]{qualifierWords, qualifierSuffixes} {
		for w := range ix.m {
			m[w] |= ix.bit
		}
	}
	for _, ix := range []*phraseIndex[Unit]{countNouns, currencyWords} {
		for w := range ix.m {
			m[w] |= ix.bit
		}
	}
	for w := range digitWords {
		m[w] |= lxDigit
	}
	for w := range scaleWords {
		m[w] |= lxScale
	}
	for w, ok := range addressWords {
		if ok {
			m[w] |= lxAddress
		}
	}
	for w, ok := range streetWords {
		if ok {
			m[w] |= lxStreet
		}
	}
	for bit, ws := range recognizerWords {
		for _, w := range ws {
			m[w] |= bit
		}
	}
	for w, b := range m {
		if b&(lxPhoneLabel|lxCodeLabel) != 0 {
			b |= lxLabel
		}
		if b&lxLegalType != 0 {
			b |= lxLegal
		}
		if b&(lxWeekday|lxDigit) != 0 {
			b |= lxDate
		}
		if b&(lxQualifier|lxDigit) != 0 {
			b |= lxFigure
		}
		m[w] = b
	}
	return m
}()

// lexSlots holds the lexicon entry of every word of lexWords, and lexIndex
// finds them: an open-addressing table with a hash of a few bytes, cheaper
// to probe than a map. Most words are in no table and stop at an empty
// slot. It is small, to stay in the cache: its slots hold one more than
// the index of the word in lexSlots, 0 when empty.
var lexIndex, lexSlots = func() (*[lexSize]uint16, []lexSlot) {
	var t [lexSize]uint16
	words := make([]string, 0, len(lexWords))
	for w := range lexWords {
		words = append(words, w)
	}
	sort.Strings(words)
	slots := make([]lexSlot, 0, len(words))
	for _, w := range words {
		if w == "" || len(lexWords) >= lexSize/4 {
			panic("normalize: bad lexicon")
		}
		k := lexKeyOf(w)
		i := k.hash()
		for t[i] != 0 {
			i = (i + 1) & (lexSize - 1)
		}
		slots = append(slots, lexSlot{key: k, word: w, bits: lexWords[w], idx: len(slots),
			digit: digitWords[w], scale: scaleWords[w]})
		t[i] = uint16(len(slots))
	}
	for _, ix := range []*phraseIndex[bool]{otherNouns, phoneLabels, codeLabels, legalTypes, weekdays} {
		ix.slot(slots)
	}
	for _, ix := range []*phraseIndex[Qualifier]{qualifierWords, qualifierSuffixes} {
		ix.slot(slots)
	}
	for _, ix := range []*phraseIndex[Unit]{countNouns, currencyWords} {
		ix.slot(slots)
	}
	return &t, slots
}()

const (
	lexBits = 11
	lexSize = 1 << lexBits
)

// A lexSlot is the lexicon entry of a word.
type lexSlot struct {
	key   lexKey
	word  string
	bits  uint32
	idx   int   // its index in lexSlots
	digit int64 // digitWords[word]
	scale int   // scaleWords[word]
}

// A lexKey is the length of a word and its first and last four bytes (or,
// if shorter, its first, middle and last bytes): the whole word, if it is
// at most eight bytes long, as most are.
type lexKey struct {
	a, b uint32
	n    int
}

func lexKeyOf(w string) lexKey {
	n := len(w)
	if n >= 4 {
		return lexKey{
			uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24,
			uint32(w[n-4]) | uint32(w[n-3])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24,
			n,
		}
	}
	if n > 0 {
		return lexKey{uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16, 0, n}
	}
	return lexKey{}
}

// hash returns the slot of lexIndex where the search for k begins.
func (k lexKey) hash() uint32 {
	return ((k.a*0x85ebca6b ^ k.b ^ uint32(k.n)<<27) * 0x9e3779b1) >> (32 - lexBits)
}

// lexEntry returns the lexicon entry of the word w, or nil if it has none.
func lexEntry(w string) *lexSlot {
	k := lexKeyOf(w)
	for i := k.hash(); ; i = (i + 1) & (lexSize - 1) {
		j := lexIndex[i]
		if j == 0 {
			return nil
		}
		if s := &lexSlots[j-1]; s.key == k && (k.n <= 8 || s.word == w) {
			return s
		}
	}
}

// lexOf returns the lexicon bits of the word w.
func lexOf(w string) uint32 {
	if e := lexEntry(w); e != nil {
		return e.bits
	}
	return 0
}

// triggerFilter holds the words with lxTrigger: step looks up only the
// words it may hold. It is a WordFilter of 4096 bits rather than 65536,
// small enough to stay in the cache: with a hundred words in it, about
// one word in fifty not in it passes.
var triggerFilter = func() *smallFilter {
	f := new(smallFilter)
	for w, b := range lexWords {
		if b&lxTrigger != 0 {
			f.add(w)
		}
	}
	return f
}()

// A smallFilter is a WordFilter of 4096 bits.
type smallFilter [64]uint64

func (f *smallFilter) add(w string) {
	if w != "" {
		b := wordBit(w) & 0xfff
		f[b>>6] |= 1 << (b & 63)
	}
}

// MayHave reports whether w may be in the set; false means it is not.
func (f *smallFilter) MayHave(w string) bool {
	if w == "" {
		return false
	}
	b := wordBit(w) & 0xfff
	return f[b>>6]&(1<<(b&63)) != 0
}

// isTrigger reports whether w is in triggers: whether it can begin a
// mention.
func isTrigger(w string) bool {
	return triggerFilter.MayHave(w) && lexOf(w)&lxTrigger != 0
}

// lexAt returns the lexicon entry of token i, or nil if it has none:
// numbers and opaque tokens have none, as no table holds them and the
// scanner matches table words only against words and punctuation. It
// keeps the last answer, as the recognizers ask about one token in turn.
func (s *scanner) lexAt(i int) *lexSlot {
	if i == s.lexI {
		return s.lexE
	}
	var e *lexSlot
	if i < len(s.toks) && (s.toks[i].Word || s.toks[i].Punct) {
		e = lexEntry(s.toks[i].Norm)
	}
	s.lexI, s.lexE = i, e
	return e
}

// lex returns the lexicon bits of token i.
func (s *scanner) lex(i int) uint32 {
	if e := s.lexAt(i); e != nil {
		return e.bits
	}
	return 0
}
