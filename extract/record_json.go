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
func (r *Record) AppendJSON(b []byte) []byte { return r.appendJSON(b, nil) }

// A JSONWriter appends records as AppendJSON does, remembering the JSON
// strings it last wrote for the fields that repeat from record to record
// (the document, its region, date and source, the period, the sentence): the
// figures of one sentence share it, those of one document much more, so
// writers of many records escape each once. The zero value is ready to
// use; a JSONWriter is not safe for concurrent use.
type JSONWriter struct {
	doc, period, region, sentence, published, source jsonField
}

// A jsonField is the last string a JSONWriter wrote for a field, and its
// JSON string.
type jsonField struct {
	s       string
	escaped []byte // nil before the first string
}

// append appends s as appendJSONString does, from f when s is f's string.
// A nil f remembers nothing.
func (f *jsonField) append(b []byte, s string) []byte {
	if f == nil {
		return appendJSONString(b, s)
	}
	if f.escaped != nil && s == f.s {
		return append(b, f.escaped...)
	}
	n := len(b)
	b = appendJSONString(b, s)
	f.s, f.escaped = s, append(f.escaped[:0], b[n:]...)
	return b
}

// Append appends r as AppendJSON does and returns the extended buffer.
func (w *JSONWriter) Append(b []byte, r *Record) []byte { return r.appendJSON(b, w) }

// appendJSON is AppendJSON, with w (if not nil) remembering the fields
// that repeat.
func (r *Record) appendJSON(b []byte, w *JSONWriter) []byte {
	var doc, period, region, sentence, published, source *jsonField
	if w != nil {
		doc, period, region, sentence, published, source = &w.doc, &w.period, &w.region, &w.sentence, &w.published, &w.source
	}
	b = append(b, `{"doc":`...)
	b = doc.append(b, r.Doc)
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
	b = period.append(b, r.Period)
	b = append(b, `,"period_start":`...)
	b = appendJSONString(b, r.PeriodStart)
	b = append(b, `,"period_end":`...)
	b = appendJSONString(b, r.PeriodEnd)
	b = append(b, `,"region":`...)
	b = region.append(b, r.Region)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, r.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(r.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.End), 10)
	b = append(b, `,"sentence":`...)
	b = sentence.append(b, r.Sentence)
	b = append(b, `,"published":`...)
	b = published.append(b, r.Published)
	b = append(b, `,"source":`...)
	b = source.append(b, r.Source)
	b = append(b, `,"fact":`...)
	b = appendJSONString(b, r.Fact)
	if r.Measure != "" {
		b = append(b, `,"measure":`...)
		b = appendJSONString(b, r.Measure)
	}
	if r.Subject != "" {
		b = append(b, `,"subject":`...)
		b = appendJSONString(b, r.Subject)
	}
	if r.Per != "" {
		b = append(b, `,"per":`...)
		b = appendJSONString(b, r.Per)
	}
	if r.Form != "" {
		b = append(b, `,"form":`...)
		b = appendJSONString(b, r.Form)
	}
	if !r.Of.IsZero() {
		b = append(b, `,"of":`...)
		b = r.Of.Append(b)
	}
	if r.Cue != "" {
		b = append(b, `,"cue":`...)
		b = appendJSONString(b, r.Cue)
	}
	if r.Rule != "" {
		b = append(b, `,"rule":`...)
		b = appendJSONString(b, r.Rule)
	}
	if r.PeriodFrom != "" {
		b = append(b, `,"period_from":`...)
		b = appendJSONString(b, r.PeriodFrom)
	}
	if r.KindFrom != "" {
		b = append(b, `,"kind_from":`...)
		b = appendJSONString(b, r.KindFrom)
	}
	if r.RegionFrom != "" {
		b = append(b, `,"region_from":`...)
		b = appendJSONString(b, r.RegionFrom)
	}
	return append(b, '}')
}

// appendJSONString appends s as a JSON string as encoding/json writes it
// without HTML escaping: '"' and '\\' escaped, control bytes as \b, \f,
// \n, \r, \t or \u00XX, U+2028 and U+2029 as \u2028 and \u2029, and each
// byte of invalid UTF-8 as \ufffd.
//
// It goes over s once, checking the UTF-8 as it escapes: two- and
// three-byte sequences (all of Vietnamese) are checked inline, and the
// rest (four-byte sequences and invalid bytes) go to utf8.DecodeRuneInString,
// which encoding/json also uses.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
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
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // U+0080 to U+07FF
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) {
			c1, c2 := s[i+1], s[i+2]
			lo, hi := byte(0x80), byte(0xBF)
			switch c {
			case 0xE0:
				lo = 0xA0 // no overlong forms
			case 0xED:
				hi = 0x9F // no surrogates
			}
			if lo <= c1 && c1 <= hi && c2&0xC0 == 0x80 {
				if c == 0xE2 && c1 == 0x80 && c2&^1 == 0xA8 { // E2 80 A8 is U+2028, A9 U+2029
					b = append(b, s[start:i]...)
					b = append(b, '\\', 'u', '2', '0', '2', hex[c2&0xF])
					i += 3
					start = i
					continue
				}
				i += 3 // U+0800 to U+FFFF
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
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
