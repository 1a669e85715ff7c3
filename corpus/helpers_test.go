package corpus

import (
	"github.com/solieu/solieu/corpus/corpustest"
	"iter"
	"testing"
)

// collect drains an iterator, checking that every Item holds exactly one
// of Doc and Err.
func collect(t testing.TB, seq iter.Seq[Item]) (docs []*Document, errs []*Error) {
	t.Helper()
	for it := range seq {
		switch {
		case it.Doc != nil && it.Err == nil:
			docs = append(docs, it.Doc)
		case it.Err != nil && it.Doc == nil:
			errs = append(errs, it.Err)
		default:
			t.Fatalf("item with Doc %v and Err %v; want exactly one", it.Doc, it.Err)
		}
	}
	return docs, errs
}

// warcResponse returns a WARC response record for an HTML page.
func warcResponse(uri string, page []byte) []byte {
	return corpustest.WARCRecord("response", uri, "application/http; msgtype=response", corpustest.HTTPResponse("text/html; charset=utf-8", page))
}

// warcGz compresses each record as its own gzip member, as crawlers do,
// and returns the file and the offset of each member.
func warcGz(t testing.TB, records ...[]byte) ([]byte, []int) {
	t.Helper()
	var out []byte
	var offsets []int
	for _, r := range records {
		offsets = append(offsets, len(out))
		out = append(out, corpustest.Gzip(t, r)...)
	}
	return out, offsets
}
