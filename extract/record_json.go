package extract

import (
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends r as one JSON object, byte for byte what
// encoding/json writes for it with HTML escaping off (json.Encoder with
// SetEscapeHTML(false), without the newline), and returns the extended
// buffer. It writes the object without reflection, for writers of many
// records; TestAppendJSON holds it to encoding/json's output.
func (r *Record) AppendJSON(b []byte) []byte {
	b = append(b, `{"doc":`...)
	b = appendJSONString(b, r.Doc)
	b = append(b, `,"indicator":`...)
	b = appendJSONString(b, r.Indicator)
	b = append(b, `,"value":`...)
	b = r.Value.Append(b)
	b = append(b, `,"unit":`...)
	b = appendJSONString(b, string(r.Unit))
	b = append(b, `,"qualifier":`...)
	b = appendJSONString(b, string(r.Qualifier))
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(r.Kind))
	b = append(b, `,"period":`...)
	b = appendJSONString(b, r.Period)
	b = append(b, `,"region":`...)
	b = appendJSONString(b, r.Region)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, r.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(r.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.End), 10)
	b = append(b, `,"sentence":`...)
	b = appendJSONString(b, r.Sentence)
	b = append(b, `,"published":`...)
	b = appendJSONString(b, r.Published)
	if r.Cue != "" {
		b = append(b, `,"cue":`...)
		b = appendJSONString(b, r.Cue)
	}
	if r.Rule != "" {
		b = append(b, `,"rule":`...)
		b = appendJSONString(b, r.Rule)
	}
	return append(b, '}')
}

// appendJSONString appends s as a JSON string as encoding/json writes it
// without HTML escaping: '"' and '\\' escaped, control bytes as \b, \f,
// \n, \r, \t or \u00XX, U+2028 and U+2029 as \u2028 and \u2029, and each
// byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	if utf8.ValidString(s) {
		// the common case: only ASCII bytes and U+2028, U+2029 need care
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 0x20 && c != '"' && c != '\\' && c != 0xE2:
				continue
			case c == 0xE2:
				if i+2 >= len(s) || s[i+1] != 0x80 || s[i+2] != 0xA8 && s[i+2] != 0xA9 {
					continue
				}
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF]) // E2 80 A8 is U+2028, A9 U+2029
				i += 2
			default:
				b = append(b, s[start:i]...)
				b = appendJSONEscape(b, c)
			}
			start = i + 1
		}
		b = append(b, s[start:]...)
		return append(b, '"')
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendJSONEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONEscape appends the escape of an ASCII byte that JSON strings
// cannot hold as it is: '"', '\\' or a control byte.
func appendJSONEscape(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}
