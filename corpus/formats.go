package corpus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"unicode/utf8"
)

// A format is one kind of input the package reads. Detection tries, in
// order: every format's magic test; a check that the head is not binary;
// every format's extensions; every format's sniff test. The first format
// that matches reads the input.
type format struct {
	name  string
	magic func(head []byte) bool // a content signature that wins over the extension; nil if none
	exts  []string               // lower-case file name extensions, with the dot
	sniff func(head []byte) bool // a weaker content test, tried after the extensions; nil if none
	// read yields the documents and errors of in and reports whether to
	// go on (false once yield returned false).
	read func(in *input, yield func(Item) bool) bool
	// single reports whether an input of this format is one document, whose
	// ID is the file's (see input.id).
	single bool
	// archive reports whether the format holds other inputs.
	archive bool
}

// formats is the format table. Adding a format is adding an entry.
// Order matters within each detection pass: archives come first so that
// their magic bytes win, and text comes last because its sniff test
// accepts anything that is UTF-8. The table is filled in init because
// archive readers call back into detection, which reads the table.
var formats []format

func init() {
	formats = []format{
		{name: "gzip", magic: isGzip, exts: []string{".gz", ".tgz"}, read: readGzip, archive: true},
		{name: "zip", magic: isZip, exts: []string{".zip"}, read: readZip, archive: true},
		{name: "tar", magic: isTar, exts: []string{".tar"}, read: readTar, archive: true},
		{name: "warc", magic: isWARC, exts: []string{".warc"}, read: readWARC},
		{name: "html", exts: []string{".html", ".htm", ".xhtml", ".shtml"}, sniff: looksLikeHTML, read: readHTML, single: true},
		{name: "jsonl", exts: []string{".jsonl", ".ndjson"}, sniff: looksLikeJSONL, read: readJSONL},
		{name: "text", exts: []string{".txt", ".text"}, sniff: looksLikeText, read: readText, single: true},
	}
}

// detect returns the format of the input whose first bytes are head.
// It returns an error if the head is binary or no format matches.
func detect(in *input, head []byte) (*format, error) {
	for i := range formats {
		if f := &formats[i]; f.magic != nil && f.magic(head) {
			return f, nil
		}
	}
	if isBinary(head) {
		return nil, ErrBinary
	}
	ext := in.ext()
	for i := range formats {
		if f := &formats[i]; slices.Contains(f.exts, ext) {
			return f, nil
		}
	}
	for i := range formats {
		if f := &formats[i]; f.sniff != nil && f.sniff(head) {
			return f, nil
		}
	}
	return nil, fmt.Errorf("%w (extension %q)", ErrUnknownFormat, ext)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

func isGzip(head []byte) bool {
	return len(head) >= 3 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8
}

func isZip(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06"))
}

// isTar looks for the POSIX or GNU "ustar" magic at offset 257 of the first
// header block. Old V7 archives have none and are found by extension.
func isTar(head []byte) bool { return len(head) >= 262 && string(head[257:262]) == "ustar" }

func isWARC(head []byte) bool { return bytes.HasPrefix(head, []byte("WARC/")) }

// isBinary reports whether head holds NUL bytes, or control characters
// other than white space in more than one byte in 16, which text in UTF-8
// or a legacy 8-bit charset never does. UTF-16 with a byte order mark is
// text.
func isBinary(head []byte) bool {
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls := 0
	i := 0
	// Eight bytes at a time: most words of text hold no byte below 0x20
	// and no DEL, and need no look at each byte.
	for ; i+8 <= len(head); i += 8 {
		if controlsIn(binary.LittleEndian.Uint64(head[i:])) == 0 {
			continue
		}
		for _, c := range head[i : i+8] {
			if isControl(c) {
				controls++
			}
		}
	}
	for _, c := range head[i:] {
		if isControl(c) {
			controls++
		}
	}
	return controls*16 > len(head)
}

// isControl reports whether c is a control character that text does not
// hold: below 0x20 but not white space or escape (0x1b), or DEL.
func isControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b || c == 0x7f
}

// controlsIn returns x with the high bit set in each byte that is below
// 0x20 or is DEL (0x7f), and no other bit: a superset of the bytes
// isControl holds, computed without carries from byte to byte.
func controlsIn(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	// A byte below 0x20 has a clear high bit and stays below 0x80 once
	// 0x20 is taken from it with its high bit set.
	low := ^(((x | high) - 0x20*ones) | x) & high
	// A DEL byte is zero once XORed with 0x7f.
	y := x ^ 0x7f*ones
	del := ^(((y &^ high) + 0x7f*ones) | y) & high
	return low | del
}

// trimHead removes a UTF-8 byte order mark and leading white space.
func trimHead(head []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n\f")
}

// htmlStarts are the lower-case beginnings that mark a document as HTML.
var htmlStarts = []string{
	"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--",
	"<div", "<p>", "<p ", "<article", "<table", "<h1", "<script", "<style", "<link",
}

// looksLikeHTML reports whether head starts with an HTML tag.
func looksLikeHTML(head []byte) bool {
	h := trimHead(head)
	if bytes.HasPrefix(h, []byte("<?xml")) {
		return bytes.Contains(bytes.ToLower(h), []byte("<html"))
	}
	if len(h) > 16 {
		h = h[:16]
	}
	h = bytes.ToLower(h)
	for _, s := range htmlStarts {
		if bytes.HasPrefix(h, []byte(s)) {
			return true
		}
	}
	return false
}

// looksLikeJSONL reports whether head starts with a JSON object.
func looksLikeJSONL(head []byte) bool {
	h := trimHead(head)
	return len(h) > 0 && h[0] == '{'
}

// looksLikeText reports whether head is UTF-8 (allowing a rune cut at the
// end) or UTF-16 with a byte order mark.
func looksLikeText(head []byte) bool {
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		return true
	}
	for i := 0; i < utf8.UTFMax && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	return utf8.Valid(head)
}
