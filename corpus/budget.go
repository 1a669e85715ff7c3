package corpus

import (
	"fmt"
	"io"
)

// Decompression bounds for one top-level input (a file or a stream given
// to Open or Walk): all the gzip members, zip entries and HTTP bodies
// decompressed from it together may produce at most maxRatio bytes per
// input byte, past a free allowance of freeOut bytes. Text compresses
// about tenfold and HTML about twentyfold; a zip bomb (42.zip, or
// overlapping entries) asks for millions of times its size and would take
// hours even though each entry stays under the per-entry limit. They are
// variables so that tests can lower them.
var (
	maxRatio int64 = 100
	freeOut  int64 = 1 << 30
)

// budget counts the bytes read from a top-level input and the bytes its
// decompressors produced.
type budget struct {
	read int64 // bytes read from the input as a stream
	size int64 // the input's size, when known (a file, a zip read in place)
	out  int64 // bytes produced by decompression
}

// spend charges n decompressed bytes. It returns ErrTooLarge once the
// input has produced more than its share.
func (b *budget) spend(n int) error {
	if b == nil {
		return nil
	}
	b.out += int64(n)
	if limit := freeOut + maxRatio*max(b.read, b.size); b.out > limit {
		return fmt.Errorf("%w: over %d bytes decompressed from one input of %d (a decompression bomb?)",
			ErrTooLarge, limit, max(b.read, b.size))
	}
	return nil
}

// budgetReader charges what it reads from a decompressor to a budget.
type budgetReader struct {
	r io.Reader
	b *budget
}

func (r *budgetReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if berr := r.b.spend(n); berr != nil {
		return n, berr
	}
	return n, err
}

// countReader counts the bytes read from a top-level stream.
type countReader struct {
	r io.Reader
	b *budget
}

func (r *countReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.b.read += int64(n)
	return n, err
}
