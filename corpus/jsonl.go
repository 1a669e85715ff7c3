package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// jsonRecord is one line of a JSON-lines corpus. Unknown fields are
// ignored.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"` // a string or a number
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
	Published string          `json:"published"`
}

// readJSONL reads JSON lines: one object per line with the fields id, url,
// title, text or html, and published. A line that is not such an object
// yields an Error with its line number and reading goes on; blank lines
// are skipped. Lines of any length up to the per-entry limit are read (a
// longer line yields ErrTooLarge and is skipped).
//
// The document ID is the id field, else the url field, else the file's ID
// and the line number ("file:17"). When text is given it is used as is
// (NFC); otherwise html is turned into text as for an HTML file, and the
// page's own title and date fill the fields the record leaves empty.
func readJSONL(in *input, yield func(Item) bool) bool {
	for n := 1; ; n++ {
		line, err := readLine(in.r, maxEntrySize)
		if errors.Is(err, ErrTooLarge) {
			if !yield(errItem(in.source, n, err)) {
				return false
			}
			if err = skipLine(in.r); err == nil {
				continue
			}
		}
		if err == io.EOF && len(line) == 0 {
			return true
		}
		if err != nil && err != io.EOF {
			return yield(errItem(in.source, n, err))
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, bomUTF8)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			it := jsonDoc(in, n, line)
			if !yield(it) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// jsonDoc turns line n of a JSON-lines input into a Document or an Error.
func jsonDoc(in *input, n int, line []byte) Item {
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		it := errItem(in.source, n, fmt.Errorf("%w: %s", ErrBadRecord, jsonProblem(line, err)))
		it.Err.Doc = looseID(line)
		if it.Err.Doc != "" {
			it.Err.Err = fmt.Errorf("%w: record %q: %s", ErrBadRecord, it.Err.Doc, jsonProblem(line, err))
		}
		return it
	}
	doc := &Document{
		ID:        jsonID(rec.ID),
		Source:    in.source + ":" + strconv.Itoa(n),
		Title:     strings.TrimSpace(nfc([]byte(rec.Title))),
		Published: normalizeDate(rec.Published),
	}
	if doc.ID == "" {
		doc.ID = strings.TrimSpace(rec.URL)
	}
	if doc.ID == "" {
		doc.ID = in.id() + ":" + strconv.Itoa(n)
	}
	fail := func(err error) Item {
		it := errItem(in.source, n, err)
		it.Err.Doc = doc.ID
		return it
	}
	switch {
	case rec.Text != nil && strings.TrimSpace(*rec.Text) != "":
		doc.Text = nfc([]byte(*rec.Text))
	case rec.HTML != nil:
		page, err := htmlText([]byte(*rec.HTML), "text/html; charset=utf-8")
		if err != nil {
			return fail(err)
		}
		doc.Text, doc.HTML, doc.Blocks = page.text, true, page.blocks
		if doc.Title == "" {
			doc.Title = page.title
		}
		if doc.Published == "" {
			doc.Published = page.published
		}
	}
	if strings.TrimSpace(doc.Text) == "" {
		return fail(fmt.Errorf("%w: record %q has no text or html field", ErrNoText, doc.ID))
	}
	return Item{Doc: doc}
}

// jsonProblem says what is wrong with a JSON line, in the words of the
// format rather than of the Go types that read it.
func jsonProblem(line []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && syn.Offset >= int64(len(bytes.TrimRight(line, " \t\r"))):
		return "the line ends before its JSON object is closed"
	case errors.As(err, &syn):
		return fmt.Sprintf("not valid JSON at byte %d of the line: %s", syn.Offset, syn.Error())
	case err.Error() == "unexpected end of JSON input":
		return "the line ends before its JSON object is closed"
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("the line is a JSON %s, not an object with the fields id, url, title, text or html, and published", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q is a JSON %s, not a %s", typ.Field, typ.Value, typ.Type.Kind())
	}
	return err.Error()
}

// looseID returns the id (else url) field of a JSON line that does not
// parse, read from the fields before the fault, or "".
func looseID(line []byte) string {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	var id, url string
	for {
		t, err := dec.Token()
		if err != nil {
			break
		}
		key, ok := t.(string)
		if !ok {
			break
		}
		var v json.RawMessage
		if dec.Decode(&v) != nil {
			break
		}
		switch key {
		case "id":
			id = jsonID(v)
		case "url":
			json.Unmarshal(v, &url)
		}
	}
	if id != "" {
		return id
	}
	return strings.TrimSpace(url)
}

// jsonID returns an id field as a string: a JSON string as is, a number as
// written, anything else as "".
func jsonID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var num json.Number
	if json.Unmarshal(raw, &num) == nil {
		return num.String()
	}
	return ""
}

// readLine returns the next line of r without its line ending ("\n" or
// "\r\n"). At the end of the input it returns the last line, if any, with
// io.EOF. A line longer than limit bytes returns ErrTooLarge; the rest of
// it is left unread.
func readLine(r *bufio.Reader, limit int64) ([]byte, error) {
	var line []byte
	for {
		frag, err := r.ReadSlice('\n')
		if int64(len(line)+len(frag)) > limit+2 { // +2: the line ending
			return nil, fmt.Errorf("%w (a line over %d bytes)", ErrTooLarge, limit)
		}
		if err == bufio.ErrBufferFull {
			line = append(line, frag...)
			continue
		}
		if line == nil {
			line = frag // no copy in the common case of a short line
		} else {
			line = append(line, frag...)
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, err
	}
}

// skipLine discards input up to and including the next "\n".
func skipLine(r *bufio.Reader) error {
	for {
		_, err := r.ReadSlice('\n')
		if err != bufio.ErrBufferFull {
			return err
		}
	}
}

// JSONLine reads line n (1-based) of a JSON-lines input as the reader of
// a whole file would: a Document, or an Error naming source and the line.
// name gives the fallback ID ("name:17") as a file's name does, and a
// blank line gives no item (ok false). It lets a caller that splits a
// large file by byte ranges (the Beam pipeline) read each line alone and
// get what reading the file whole gives.
func JSONLine(name, source string, n int, line []byte) (item Item, ok bool) {
	if n == 1 {
		line = bytes.TrimPrefix(line, bomUTF8)
	}
	line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
	if len(bytes.TrimSpace(line)) == 0 {
		return Item{}, false
	}
	return jsonDoc(&input{source: source, name: name}, n, line), true
}
