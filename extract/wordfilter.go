package extract

import "sync"

// A wordFilter answers "may this word be in the set?" in a few
// instructions, before a map lookup that costs several times as much:
// most words of a text begin no phrase of a list. It has false positives
// (words that share a length and outer bytes with a member), never false
// negatives, so looking a word up only when the filter says it may be
// there finds exactly what looking every word up finds.
type wordFilter [1 << 10]uint64 // 65536 bits

// wordBit returns the bit of a non-empty word: its length and its first,
// second and last bytes.
func wordBit(w string) uint32 {
	h := uint32(len(w))*0x9e3779b1 ^ uint32(w[0])<<16 ^ uint32(w[len(w)-1])<<8 ^ uint32(w[len(w)/2])
	return (h ^ h>>16) & 0xffff
}

// add puts w in the set.
func (f *wordFilter) add(w string) {
	if w == "" {
		return
	}
	b := wordBit(w)
	f[b>>6] |= 1 << (b & 63)
}

// mayHave reports whether w may be in the set; false means it is not.
func (f *wordFilter) mayHave(w string) bool {
	if w == "" {
		return false
	}
	b := wordBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// targetFirst holds the first words of targetCues and leadTargetCues, the
// lists targetEnd matches at each token: a token that begins none of them
// is skipped without comparing it to each phrase.
var targetFirst = sync.OnceValue(func() *wordFilter {
	f := new(wordFilter)
	for _, list := range [][][]string{targetCues, leadTargetCues} {
		for _, p := range list {
			if len(p) > 0 {
				f.add(p[0])
			}
		}
	}
	return f
})
