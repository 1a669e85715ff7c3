package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// escapeControl returns s with every character that could drive a
// terminal written as an escape, so that a crafted file name, archive
// entry name or text cannot move the cursor, retitle the window or hide
// what follows: C0 controls (\n, \r and \t as such, the others as \x1b),
// DEL, C1 controls and the bidirectional overrides and isolates (as
// \u009b, \u202e) and bytes that are not UTF-8 (as \xff). The result is
// one line. Everything else, backslashes included, is kept.
func escapeControl(s string) string { return escapeTerm(s, false) }

// escapeText is escapeControl for a text of several lines: line feeds
// and tabs are kept as they are.
func escapeText(s string) string { return escapeTerm(s, true) }

func escapeTerm(s string, lines bool) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if needsEscape(r, n, lines) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s // the common case: nothing to escape
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !needsEscape(r, n, lines) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// needsEscape reports whether rune r, n bytes long, is escaped.
func needsEscape(r rune, n int, lines bool) bool {
	switch {
	case r == utf8.RuneError && n == 1:
		return true
	case r == '\n' || r == '\t':
		return !lines
	case r < 0x20 || r == 0x7f || 0x80 <= r && r < 0xa0:
		return true
	case 0x202a <= r && r <= 0x202e || 0x2066 <= r && r <= 0x2069:
		return true
	}
	return false
}
