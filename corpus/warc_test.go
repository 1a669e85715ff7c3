package corpus

import (
	"bytes"
	"fmt"
	"github.com/solieu/solieu/corpus/corpustest"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// articlePage returns a small article page whose body holds text.
func articlePage(title, text string) []byte {
	return fmt.Appendf(nil, `<html><head><title>%s</title></head><body><nav>Trang chủ</nav><article><h1>%s</h1><p>%s</p></article></body></html>`, title, title, text)
}

// TestReadWARC covers the kinds of WARC records and how they are read.
func TestReadWARC(t *testing.T) {
	body := "Năm 2022, xã hỗ trợ 120 hộ nghèo, tổng kinh phí 2,5 tỷ đồng."
	want := "Tin\n\n" + body
	chunked := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
	p := articlePage("Tin", body)
	chunked = fmt.Appendf(chunked, "%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", 10, p[:10], len(p)-10, p[10:])
	gz := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n\r\n"), corpustest.Gzip(t, p)...)
	dechunked := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"), p...)
	latin1 := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n"), []byte("<p>Caf\xe9 cr\xe8me, un texte assez long pour \xeatre choisi.</p>")...)

	tests := []struct {
		name    string
		records [][]byte
		want    []string // "ID|Text" or "error SUFFIX"
	}{{
		name:    "response",
		records: [][]byte{warcResponse("http://x.vn/a", p)},
		want:    []string{"http://x.vn/a|" + want},
	}, {
		name: "other records skipped",
		records: [][]byte{
			corpustest.WARCRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
			corpustest.WARCRecord("request", "http://x.vn/a", "application/http; msgtype=request", []byte("GET /a HTTP/1.1\r\nHost: x.vn\r\n\r\n")),
			corpustest.WARCRecord("response", "http://x.vn/img", "application/http; msgtype=response", corpustest.HTTPResponse("image/png", []byte("\x89PNG"))),
			corpustest.WARCRecord("response", "http://x.vn/old", "application/http; msgtype=response", []byte("HTTP/1.1 301 Moved\r\nLocation: /new\r\n\r\n")),
			corpustest.WARCRecord("metadata", "http://x.vn/a", "application/warc-fields", []byte("outlink: /b\r\n")),
			warcResponse("http://x.vn/a", p),
		},
		want: []string{"http://x.vn/a|" + want},
	}, {
		name:    "resource record",
		records: [][]byte{corpustest.WARCRecord("resource", "<http://x.vn/r>", "text/html", p)},
		want:    []string{"http://x.vn/r|" + want},
	}, {
		name:    "chunked transfer coding",
		records: [][]byte{corpustest.WARCRecord("response", "http://x.vn/c", "application/http", chunked)},
		want:    []string{"http://x.vn/c|" + want},
	}, {
		name:    "chunked header but stored de-chunked",
		records: [][]byte{corpustest.WARCRecord("response", "http://x.vn/d", "application/http", dechunked)},
		want:    []string{"http://x.vn/d|" + want},
	}, {
		name:    "gzip content coding",
		records: [][]byte{corpustest.WARCRecord("response", "http://x.vn/g", "application/http", gz)},
		want:    []string{"http://x.vn/g|" + want},
	}, {
		name:    "HTTP charset",
		records: [][]byte{corpustest.WARCRecord("response", "http://x.vn/l", "application/http", latin1)},
		want:    []string{"http://x.vn/l|Café crème, un texte assez long pour être choisi."},
	}, {
		name: "garbage between records is reported once",
		records: [][]byte{
			warcResponse("http://x.vn/1", p),
			[]byte("rác\r\nrác nữa\r\n"),
			warcResponse("http://x.vn/2", p),
		},
		want: []string{"http://x.vn/1|" + want, "error f.warc#", "http://x.vn/2|" + want},
	}, {
		name: "bad content length",
		records: [][]byte{
			[]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nhiều\r\n\r\nkhối\r\n\r\n"),
			warcResponse("http://x.vn/3", p),
		},
		want: []string{"error f.warc#0: corpus: malformed record: bad Content-Length \"nhiều\"", "http://x.vn/3|" + want},
	}, {
		name:    "truncated record",
		records: [][]byte{warcResponse("http://x.vn/4", p), warcResponse("http://x.vn/5", p)[:200]},
		want:    []string{"http://x.vn/4|" + want, "error record of"},
	}, {
		name:    "truncated header",
		records: [][]byte{[]byte("WARC/1.1\r\nWARC-Type: response\r\n")},
		want:    []string{"error f.warc#0: corpus: truncated input: record header ends early"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for it := range Open("f.warc", bytes.NewReader(bytes.Join(tt.records, nil))) {
				if it.Err != nil {
					got = append(got, "error "+it.Err.Error())
					continue
				}
				assert.True(t, it.Doc.HTML)
				got = append(got, it.Doc.ID+"|"+it.Doc.Text)
			}
			require.Len(t, got, len(tt.want), "got %q", got)
			for i := range got {
				if strings.HasPrefix(tt.want[i], "error ") {
					assert.Contains(t, got[i], strings.TrimPrefix(tt.want[i], "error "))
					assert.True(t, strings.HasPrefix(got[i], "error f.warc#"), "got %q", got[i])
				} else {
					assert.Equal(t, tt.want[i], got[i])
				}
			}
		})
	}
}

// TestReadWARCOffsets checks the "#offset" of sources: the record's byte
// offset in a plain WARC, its gzip member's offset in a .warc.gz.
func TestReadWARCOffsets(t *testing.T) {
	r1 := warcResponse("http://x.vn/1", articlePage("Một", "Đoạn văn thứ nhất, đủ dài, có 10 người tham gia."))
	skip := corpustest.WARCRecord("request", "http://x.vn/2", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n"))
	r2 := warcResponse("http://x.vn/2", articlePage("Hai", "Đoạn văn thứ hai, đủ dài, có 20 người tham gia."))

	plain := bytes.Join([][]byte{r1, skip, r2}, nil)
	docs, errs := collect(t, Open("c.warc", bytes.NewReader(plain)))
	require.Empty(t, errs)
	require.Len(t, docs, 2)
	assert.Equal(t, "c.warc#0", docs[0].Source)
	assert.Equal(t, fmt.Sprintf("c.warc#%d", len(r1)+len(skip)), docs[1].Source)

	gz, offsets := warcGz(t, r1, skip, r2)
	docs, errs = collect(t, Open("c.warc.gz", bytes.NewReader(gz)))
	require.Empty(t, errs)
	require.Len(t, docs, 2)
	assert.Equal(t, fmt.Sprintf("c.warc.gz#%d", offsets[0]), docs[0].Source)
	assert.Equal(t, fmt.Sprintf("c.warc.gz#%d", offsets[2]), docs[1].Source)
	assert.Equal(t, "http://x.vn/2", docs[1].ID)

	// A whole WARC compressed as one member: offsets are of that member.
	docs, errs = collect(t, Open("d.warc.gz", bytes.NewReader(corpustest.Gzip(t, plain))))
	require.Empty(t, errs)
	require.Len(t, docs, 2)
	assert.Equal(t, "d.warc.gz#0", docs[1].Source)
}

// TestReadWARCManyMembers reads a .warc.gz with more members than the
// offset table keeps, to check it forgets old members correctly.
func TestReadWARCManyMembers(t *testing.T) {
	var records [][]byte
	pad := strings.Repeat("Đoạn đệm cho bản ghi lớn hơn. ", 100) // 3 kB, so 500 records pass the 1 MiB the table keeps
	for i := range 500 {
		text := fmt.Sprintf("Bản tin số %d: xã hỗ trợ %d hộ, đủ dài để làm nội dung chính. %s", i, i, pad)
		records = append(records, warcResponse(fmt.Sprintf("http://x.vn/%d", i), articlePage("Tin", text)))
	}
	gz, offsets := warcGz(t, records...)
	docs, errs := collect(t, Open("m.warc.gz", bytes.NewReader(gz)))
	require.Empty(t, errs)
	require.Len(t, docs, len(records))
	for i, d := range docs {
		if d.Source != fmt.Sprintf("m.warc.gz#%d", offsets[i]) || d.ID != fmt.Sprintf("http://x.vn/%d", i) {
			t.Fatalf("doc %d: got %s %s; want offset %d", i, d.ID, d.Source, offsets[i])
		}
	}
}

// TestReadWARCConversion reads "conversion" records, the text that Common
// Crawl's WET files hold: plain text is kept byte for byte, HTML is read as
// a page, and a plain-text "resource" (a crawler's log) is not an article.
func TestReadWARCConversion(t *testing.T) {
	text := "Tiêu đề\r\n\r\nNăm 2022, xã hỗ trợ 120 hộ nghèo.\n  thụt lề  \n"
	data := bytes.Join([][]byte{
		corpustest.WARCRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		corpustest.WARCRecord("resource", "metadata://crawler/log", "text/plain", []byte("GET http://x.vn/ 200\n")),
		corpustest.WARCRecord("conversion", "http://x.vn/t", "text/plain", []byte(text)),
		corpustest.WARCRecord("conversion", "http://x.vn/h", "text/html", articlePage("Tin", "Đoạn văn có 12 người, đủ dài để được chọn.")),
		corpustest.WARCRecord("conversion", "http://x.vn/bad", "text/plain; charset=windows-1258", []byte("Vi\xeac")),
	}, nil)
	type doc struct {
		ID, Text string
		HTML     bool
	}
	var got []doc
	var errs []*Error
	for it := range Open("f.warc", bytes.NewReader(data)) {
		if it.Err != nil {
			errs = append(errs, it.Err)
			continue
		}
		got = append(got, doc{it.Doc.ID, it.Doc.Text, it.Doc.HTML})
	}
	assert.Equal(t, []doc{
		{"http://x.vn/t", text, false},
		{"http://x.vn/h", "Tin\n\nĐoạn văn có 12 người, đủ dài để được chọn.", true},
	}, got)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrInvalidUTF8)
	assert.Equal(t, "http://x.vn/bad", errs[0].Doc)
}

// TestReadWARCLengthClaim checks that a record claiming a huge block is
// not allocated before its bytes arrive: a short file with a claim of
// 400 MB must end as a truncated record, cheaply.
func TestReadWARCLengthClaim(t *testing.T) {
	data := []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.vn/big\r\nContent-Type: application/http\r\nContent-Length: 400000000\r\n\r\nHTTP/1.1 200 OK\r\n")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	docs, errs := collect(t, Open("f.warc", bytes.NewReader(data)))
	runtime.ReadMemStats(&after)
	assert.Empty(t, docs)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrTruncated)
	assert.Equal(t, "http://x.vn/big", errs[0].Doc)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(50<<20), "bytes allocated")
}

// TestWARCGzipResync corrupts one gzip member of a .warc.gz in several
// ways: the member is one Error naming its offset, and the records of the
// members after it are read.
func TestWARCGzipResync(t *testing.T) {
	page := func(i int) []byte {
		return articlePage("Tin", fmt.Sprintf("Bản tin số %d: xã đã hỗ trợ %d hộ nghèo sửa nhà trong năm.", i, 10+i))
	}
	var records [][]byte
	for i := range 4 {
		records = append(records, warcResponse(fmt.Sprintf("http://x.vn/%d", i), page(i)))
	}
	good, offsets := warcGz(t, records...)
	member := func(b []byte, i int) []byte { // the bytes of member i within b
		end := len(b)
		if i+1 < len(offsets) {
			end = offsets[i+1]
		}
		return b[offsets[i]:end]
	}
	tests := []struct {
		name    string
		corrupt func(b []byte)
		docs    []string
		err     string
	}{{
		name: "deflate data",
		corrupt: func(b []byte) {
			m := member(b, 1)
			for i := 12; i < len(m)-8; i++ {
				m[i] ^= 0x55
			}
		},
		docs: []string{"http://x.vn/0", "http://x.vn/2", "http://x.vn/3"},
	}, {
		name:    "header",
		corrupt: func(b []byte) { member(b, 1)[1] = 0 },
		docs:    []string{"http://x.vn/0", "http://x.vn/2", "http://x.vn/3"},
	}, {
		name: "first member",
		corrupt: func(b []byte) {
			m := member(b, 0)
			for i := 12; i < len(m)-8; i++ {
				m[i] ^= 0x55
			}
		},
		docs: []string{"http://x.vn/1", "http://x.vn/2", "http://x.vn/3"},
	}, {
		name: "every member",
		corrupt: func(b []byte) {
			for i := range b {
				if i%50 > 12 {
					b[i] ^= 0x55
				}
			}
		},
	}, {
		name:    "checksum", // the record is read before the checksum is
		corrupt: func(b []byte) { m := member(b, 1); m[len(m)-6] ^= 0xff },
		docs:    []string{"http://x.vn/0", "http://x.vn/1", "http://x.vn/2", "http://x.vn/3"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bytes.Clone(good)
			tt.corrupt(b)
			docs, errs := collect(t, Open("c.warc.gz", bytes.NewReader(b)))
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			assert.Equal(t, tt.docs, ids)
			if tt.docs == nil {
				require.NotEmpty(t, errs)
				assert.ErrorIs(t, errs[0], ErrBadRecord)
				return
			}
			require.Len(t, errs, 1, "errors: %v", errs)
			bad := offsets[1]
			if tt.name == "first member" {
				bad = offsets[0]
			}
			assert.Equal(t, fmt.Sprintf("c.warc.gz#%d", bad), errs[0].Source)
			assert.ErrorIs(t, errs[0], ErrBadRecord)
			assert.Contains(t, errs[0].Error(), fmt.Sprintf("gzip: the member at byte %d is corrupt", bad))
			// The records after it keep their members' offsets.
			for _, d := range docs[len(docs)-2:] {
				var i int
				fmt.Sscanf(d.ID, "http://x.vn/%d", &i)
				assert.Equal(t, fmt.Sprintf("c.warc.gz#%d", offsets[i]), d.Source)
			}
		})
	}
}
