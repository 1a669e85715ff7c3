package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// readText reads a plain-text document. The text is kept byte for byte
// (line endings included) apart from NFC normalization and the removal of a
// leading UTF-8 byte order mark, so that offsets into Document.Text are
// offsets into the file when the file is already NFC. UTF-16 with a byte
// order mark is decoded to UTF-8. Other bytes that are not UTF-8 make an
// Error: no charset is guessed for plain text.
func readText(in *input, yield func(Item) bool) bool {
	b, err := in.readAll()
	if err != nil {
		return yield(in.docErr(err))
	}
	text, err := decodeText(b)
	if err != nil {
		return yield(in.docErr(err))
	}
	if strings.TrimSpace(text) == "" {
		return yield(in.docErr(ErrNoText))
	}
	return yield(Item{Doc: &Document{ID: in.id(), Source: in.source, Text: text}})
}

// decodeText turns the bytes of a text file into NFC text.
func decodeText(b []byte) (string, error) {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		u, err := dec.Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decoding UTF-16: %w", err)
		}
		b = u
	}
	b = bytes.TrimPrefix(b, bomUTF8)
	if isNFCStable(b) { // the common case, which is valid UTF-8 too
		return string(b), nil
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%w at byte %d", ErrInvalidUTF8, invalidAt(b))
	}
	return nfc(b), nil
}

// invalidAt returns the offset of the first byte of b that is not UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// nfc returns b in normalization form NFC, without copying twice when b
// already is NFC. Text of NFC-stable runes only (ASCII, Vietnamese
// letters, punctuation) is known to be NFC without norm's quick check.
func nfc(b []byte) string {
	if isNFCStable(b) || norm.NFC.IsNormal(b) {
		return string(b)
	}
	return string(norm.NFC.Bytes(b))
}
