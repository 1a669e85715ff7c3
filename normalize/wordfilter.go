package normalize

// A WordFilter answers "may this word be in the set?" in a few
// instructions, before a map lookup that costs several times as much:
// most words of a text begin no mention or phrase. It has false
// positives (words that share a length and some bytes with a member),
// never false negatives, so looking a word up only when the filter says
// it may be there finds exactly what looking every word up finds. Later
// stages use it for their own phrase lists.
type WordFilter [1 << 10]uint64 // 65536 bits

// wordBit returns the bit of a non-empty word: a hash of its length and
// its first, middle and last bytes.
func wordBit(w string) uint32 {
	h := uint32(len(w))*0x9e3779b1 ^ uint32(w[0])<<16 ^ uint32(w[len(w)-1])<<8 ^ uint32(w[len(w)/2])
	return (h ^ h>>16) & 0xffff
}

// Add puts w in the set.
func (f *WordFilter) Add(w string) {
	if w == "" {
		return
	}
	b := wordBit(w)
	f[b>>6] |= 1 << (b & 63)
}

// MayHave reports whether w may be in the set; false means it is not.
func (f *WordFilter) MayHave(w string) bool {
	if w == "" {
		return false
	}
	b := wordBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}
