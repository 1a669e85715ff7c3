package corpus

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadJSONL covers JSON-lines documents and their errors.
func TestReadJSONL(t *testing.T) {
	type result struct {
		ID, Source, Title, Text, Published string
		HTML                               bool
		Err                                string
	}
	tests := []struct {
		name, input string
		want        []result
	}{{
		name:  "fields",
		input: `{"id":"a1","url":"http://x.vn/1","title":" Tin ","text":"Hoa\u0300 nhập","published":"2021-03-04T05:06:07+07:00","extra":[1]}`,
		want:  []result{{ID: "a1", Source: "f.jsonl:1", Title: "Tin", Text: "Hoà nhập", Published: "2021-03-04T05:06:07"}},
	}, {
		name:  "id falls back to url then to the line",
		input: "{\"url\":\"http://x.vn/2\",\"text\":\"hai\"}\n{\"text\":\"ba\"}\n{\"id\":42,\"text\":\"số\"}\r\n",
		want: []result{
			{ID: "http://x.vn/2", Source: "f.jsonl:1", Text: "hai"},
			{ID: "f:2", Source: "f.jsonl:2", Text: "ba"},
			{ID: "42", Source: "f.jsonl:3", Text: "số"},
		},
	}, {
		name:  "html field",
		input: `{"id":"h","html":"<html><head><meta name=\"pubdate\" content=\"2020-05-06\"><title>T</title></head><body><nav>menu</nav><article><h1>Tiêu đề</h1><p>Đoạn văn bản có 1.234 người, đủ dài để chọn.</p></article></body></html>"}`,
		want:  []result{{ID: "h", Source: "f.jsonl:1", Title: "Tiêu đề", Text: "Tiêu đề\n\nĐoạn văn bản có 1.234 người, đủ dài để chọn.", Published: "2020-05-06", HTML: true}},
	}, {
		name:  "text wins over html",
		input: `{"id":"t","text":"văn bản","html":"<p>html</p>"}`,
		want:  []result{{ID: "t", Source: "f.jsonl:1", Text: "văn bản"}},
	}, {
		name:  "bad lines are errors and reading goes on",
		input: "\ufeff{\"id\":\"1\",\"text\":\"một\"}\n\n{\"id\":\"2\",\"text\":\n[1,2]\n{\"id\":\"4\"}\n{\"id\":\"5\",\"text\":\"năm\",\"published\":\"hôm qua\"}",
		want: []result{
			{ID: "1", Source: "f.jsonl:1", Text: "một"},
			{Err: `f.jsonl:3: corpus: malformed record: record "2": the line ends before its JSON object is closed`},
			{Err: "f.jsonl:4: corpus: malformed record: the line is a JSON array, not an object with the fields id, url, title, text or html, and published"},
			{Err: `f.jsonl:5: corpus: no text: record "4" has no text or html field`},
			{ID: "5", Source: "f.jsonl:6", Text: "năm"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []result
			for it := range Open("f.jsonl", strings.NewReader(tt.input)) {
				if it.Err != nil {
					got = append(got, result{Err: it.Err.Error()})
					continue
				}
				d := it.Doc
				got = append(got, result{d.ID, d.Source, d.Title, d.Text, d.Published, d.HTML, ""})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestJSONLMessages checks that an error about a JSON line names the line
// and the record's id, and says what is wrong in the terms of the format.
func TestJSONLMessages(t *testing.T) {
	tests := []struct{ line, doc, msg string }{
		{`{"id":"x1","title":5,"text":"năm"}`, "x1", `f.jsonl:1: corpus: malformed record: record "x1": field "title" is a JSON number, not a string`},
		{`{"url":"http://x.vn/a","text":["a"]}`, "http://x.vn/a", `f.jsonl:1: corpus: malformed record: record "http://x.vn/a": field "text" is a JSON array, not a string`},
		{`{"id":7,"text":"bảy" "thừa"}`, "7", `f.jsonl:1: corpus: malformed record: record "7": not valid JSON at byte 24 of the line: invalid character '"' after object key:value pair`},
		{`{"text":"không có id",`, "", `f.jsonl:1: corpus: malformed record: the line ends before its JSON object is closed`},
		{`"chỉ là một chuỗi"`, "", `f.jsonl:1: corpus: malformed record: the line is a JSON string, not an object with the fields id, url, title, text or html, and published`},
		{`{"id":"t2","title":"Chỉ có tiêu đề"}`, "t2", `f.jsonl:1: corpus: no text: record "t2" has no text or html field`},
	}
	for _, tt := range tests {
		_, errs := collect(t, Open("f.jsonl", strings.NewReader(tt.line)))
		require.Len(t, errs, 1, tt.line)
		assert.Equal(t, tt.msg, errs[0].Error())
		assert.Equal(t, tt.doc, errs[0].Doc, tt.line)
		assert.Equal(t, 1, errs[0].Line)
		assert.NotContains(t, errs[0].Error(), "jsonRecord")
	}
}

// TestReadJSONLLongLine reads a line longer than the reader's buffer and
// one longer than the limit.
func TestReadJSONLLongLine(t *testing.T) {
	long := strings.Repeat("dài ", 100000) // 500 kB
	input := `{"id":"long","text":"` + long + "\"}\n" + `{"id":"next","text":"sau"}`
	docs, errs := collect(t, Open("f.jsonl", strings.NewReader(input)))
	require.Empty(t, errs)
	require.Len(t, docs, 2)
	assert.Equal(t, long, docs[0].Text)

	defer func(n int64) { maxEntrySize = n }(maxEntrySize)
	maxEntrySize = 1000
	docs, errs = collect(t, Open("f.jsonl", strings.NewReader(input)))
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrTooLarge)
	assert.Equal(t, 1, errs[0].Line)
	require.Len(t, docs, 1)
	assert.Equal(t, "next", docs[0].ID)
	assert.Equal(t, "f.jsonl:2", docs[0].Source)
}

// TestJSONLineAlone: each line read alone with JSONLine gives what reading
// the whole file gives for it: documents, fallback IDs, sources, errors
// and their messages; a blank line gives nothing.
func TestJSONLineAlone(t *testing.T) {
	data := "\ufeff" + `{"id":"a1","text":"Năm 2024 có 1.200 lao động."}` + "\r\n" +
		"\n" +
		`{"text":"Không có id: 300 người."}` + "\n" +
		`{"id":"b2","title":5}` + "\n" +
		`{"id":"c3"}` + "\n" +
		`{"url":"http://x.vn/4","html":"<p>Năm 2024 có 40 hộ nghèo.</p>"}` + "\n" +
		"not json at all\n"
	var whole []string
	for it := range Open("tin.jsonl", strings.NewReader(data)) {
		whole = append(whole, fmt.Sprintf("%+v %+v", it.Doc, it.Err))
	}
	var alone []string
	for n, line := range strings.SplitAfter(data, "\n") {
		if it, ok := JSONLine("tin.jsonl", "tin.jsonl", n+1, []byte(line)); ok {
			alone = append(alone, fmt.Sprintf("%+v %+v", it.Doc, it.Err))
		}
	}
	if strings.Join(alone, "\n") != strings.Join(whole, "\n") {
		t.Errorf("alone:\n%s\nwhole:\n%s", strings.Join(alone, "\n"), strings.Join(whole, "\n"))
	}
}
