package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// maxEntrySize bounds the bytes read into memory for one document, one JSON
// line, one WARC record or one nested archive. It is a variable so that
// tests can lower it.
var maxEntrySize int64 = 512 << 20

// maxDepth is how many archives (gzip, zip, tar) may be nested in one another.
const maxDepth = 6

// peekSize is how many leading bytes format detection looks at.
const peekSize = 4096

// stdinName is the name of standard input in IDs and sources.
const stdinName = "stdin"

// Open reads one named byte stream and yields its documents. The format is
// detected from the content first (magic bytes), then from the extension of
// name, then from the first bytes; see the package documentation. The name
// gives Document.Source and, for single-document formats, Document.ID (the
// base name without its extension); "-" means standard input and gives the
// ID "stdin". If r is an *os.File or has ReadAt and Size methods (like
// *bytes.Reader), a zip archive is read in place, otherwise it is buffered
// in memory. Open does not close r.
func Open(name string, r io.Reader) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		if name == "-" || name == "" {
			name = stdinName
		}
		s, ok := r.(io.Seeker)
		if !ok {
			openStream(name, r, -1, nil, yield)
			return
		}
		// Remember where r starts: a zip is read with ReadAt, which
		// ignores the position reading moves, and the names of the
		// documents are scanned before they are read.
		at, err := s.Seek(0, io.SeekCurrent)
		if err != nil {
			openStream(name, r, -1, nil, yield)
			return
		}
		names := newDocNames()
		openStream(name, r, at, names, func(Item) bool { return true })
		if _, err := s.Seek(at, io.SeekStart); err != nil {
			yield(errItem(name, 0, err))
			return
		}
		names.resolve()
		openStream(name, r, at, names, yield)
	}
}

// openStream is Open once the start of r is known: at is its offset in
// the seekable s, or -1.
func openStream(name string, r io.Reader, at int64, names *docNames, yield func(Item) bool) bool {
	b := &budget{}
	in := newInput(name, name, &countReader{r: r, b: b}, 0)
	in.budget, in.names = b, names
	if at >= 0 {
		in.raw, in.rawStart = r, at
	}
	return dispatch(in, yield)
}

// Walk yields every document under the given paths, in a stable order:
// files in argument order, directories recursively in lexical order, and
// "-" for stdin. Hidden files and directories (names starting with ".") and
// files that are not regular are skipped inside directories but read when
// named as arguments; symbolic links to directories are not followed. A path
// that cannot be opened yields an Error naming it.
//
// Document IDs are unique within the walk: the named paths are scanned
// for the names of their text and HTML files and archive entries first,
// and documents whose base names collide are told apart by the shortest
// end of their paths ("a/report", "b/report"). Standard input and pipes
// cannot be scanned and keep their base names.
//
// Walk reads every file of a directory; WalkWith chooses which.
func Walk(paths []string, stdin io.Reader) iter.Seq[Item] {
	return WalkWith(paths, stdin, WalkOptions{All: true})
}

// WalkWith is Walk with options: which files of the directories it reads
// (opt.Globs, opt.All), and the publication date of the documents that
// state none (opt.Published).
func WalkWith(paths []string, stdin io.Reader, opt WalkOptions) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		f, err := newFilter(opt)
		if err != nil {
			yield(Item{Err: &Error{Source: "-g", Err: err}})
			return
		}
		names := scanNames(paths, f)
		y := yield
		if opt.Published != "" {
			y = func(it Item) bool {
				if it.Doc != nil {
					it.Doc.PublishedElse = opt.Published
				}
				return yield(it)
			}
		}
		f.skipped = opt.Skipped
		walkPaths(paths, stdin, names, f, y)
	}
}

// scanNames runs the scanning pass of docNames over the named paths
// (standard input cannot be read twice and is left out).
func scanNames(paths []string, f *filter) *docNames {
	names := newDocNames()
	named := slices.DeleteFunc(slices.Clone(paths), func(p string) bool { return p == "-" })
	walkPaths(named, nil, names, f, func(Item) bool { return true })
	names.resolve()
	return names
}

// walkPaths is Walk with the run's document names.
func walkPaths(paths []string, stdin io.Reader, names *docNames, f *filter, yield func(Item) bool) {
	for _, p := range paths {
		if p == "-" {
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			b := &budget{}
			in := newInput(stdinName, stdinName, &countReader{r: stdin, b: b}, 0)
			in.budget = b
			if !dispatch(in, yield) {
				return
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if !yield(fileErr(p, err)) {
				return
			}
			continue
		}
		var ok bool
		switch {
		case info.IsDir():
			ok = walkDir(p, "", names, f, yield)
		case names.scanning && !info.Mode().IsRegular():
			ok = true // a pipe or a device cannot be read twice
		default:
			ok = openFileIn(nil, "", p, names, yield)
		}
		if !ok {
			return
		}
	}
}

// walkDir yields the documents of the files under dir in lexical order,
// those f keeps; rel is the path of dir below the directory named as an
// argument ("" for that one). It reports whether to go on.
func walkDir(dir, rel string, names *docNames, f *filter, yield func(Item) bool) bool {
	entries, err := os.ReadDir(dir) // sorted by file name
	if err != nil {
		return yield(errItem(dir, 0, err))
	}
	d := &dirFile{path: dir, fd: -1}
	defer d.close()
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		r := path.Join(rel, e.Name())
		mode := e.Type()
		in := d // open the file by its name in d
		if mode&fs.ModeSymlink != 0 {
			in = nil // by its path, like the link it was checked as
			info, err := os.Stat(p)
			if err != nil {
				if !yield(fileErr(p, err)) {
					return false
				}
				continue
			}
			if info.IsDir() {
				continue // not followed: links can make cycles
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if !f.keepDir(r) {
				continue
			}
			d.close() // one directory open at a time, however deep the tree
			if !walkDir(p, r, names, f, yield) {
				return false
			}
		case mode.IsRegular():
			if !f.keepFile(r, p, names.scanning) {
				continue
			}
			// the scanning pass needs no look inside a text or HTML file:
			// its name is its document's
			if names != nil && names.scanning && plainDocument(e.Name()) {
				names.add(&input{source: p, name: p})
				continue
			}
			if !openFileIn(in, e.Name(), p, names, yield) {
				return false
			}
		}
	}
	return true
}

// openFileIn yields the documents of the file at path p, named name in
// the directory dir being walked (dir may be nil). It reports whether to
// go on. A regular file of at most smallFile bytes is read into memory at
// once (see readSmall); any other file is read as a stream.
func openFileIn(dir *dirFile, name, p string, names *docNames, yield func(Item) bool) bool {
	f, data, err := openRead(dir, name, p)
	if err != nil {
		return yield(fileErr(p, err))
	}
	if f == nil {
		defer data.release()
		b := &data.budget
		*b = budget{read: int64(len(data.b)), size: int64(len(data.b))}
		var src io.Reader = &data.r
		if data.err != nil {
			// The bytes read before the error, then the error, for the
			// format's reader to meet where it happens.
			src = io.MultiReader(&data.r, errReader{data.err})
		}
		in := newInput(p, p, src, 0)
		in.budget, in.names = b, names
		if data.err == nil {
			in.raw, in.mem, in.memR = &data.r, data.b, &data.r
		}
		return dispatch(in, yield)
	}
	defer f.Close()
	b := &budget{}
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		b.size = info.Size()
	}
	in := newInput(p, p, &countReader{r: f, b: b}, 0)
	in.raw, in.budget, in.names = f, b, names
	return dispatch(in, yield)
}

// smallFile is the size up to which openRead reads a regular file into
// memory at once: text and HTML articles are a few kilobytes.
const smallFile = 1 << 20

// A fileData is the content of a small file read at once into its buffer,
// with what reading it as an input needs. They come from filePool, to be
// used for one file after another.
type fileData struct {
	buf    []byte       // the buffer, kept from file to file
	b      []byte       // the bytes read, at the start of buf
	r      bytes.Reader // reads b
	err    error        // the read error that ended reading early, if any
	budget budget       // the decompression budget of the file
}

// filePool holds the fileData of readSmall.
var filePool = sync.Pool{New: func() any { return new(fileData) }}

// set makes the first n bytes of buf the content.
func (d *fileData) set(buf []byte, n int) {
	d.buf, d.b = buf, buf[:n]
	d.r.Reset(d.b)
}

// release returns d to the pool: nothing may use it, b or the input read
// from it afterwards.
func (d *fileData) release() {
	if cap(d.buf) > smallFile+1 { // a file that grew: drop the buffer
		d.buf = nil
	}
	d.b, d.err, d.budget = nil, nil, budget{}
	d.r.Reset(nil)
	filePool.Put(d)
}

// A dirFile is a directory being walked. Where the system allows, its
// files are opened by their names in the open directory (openat) rather
// than by their paths, which spares the kernel a look-up of every
// directory on the path for each file.
type dirFile struct {
	path   string // the directory's path
	fd     int    // the open directory, or -1
	failed bool   // opening the directory failed: open files by their paths
}

// input is one byte stream being read, with what readers need to name its
// documents.
type input struct {
	source   string        // prefix of Document.Source and Error.Source
	name     string        // file name for the extension and the ID (inner name for .gz)
	r        *bufio.Reader // the content, from its first byte
	raw      io.Reader     // the underlying reader, for io.ReaderAt; nil if unknown
	rawStart int64         // the offset in raw where the content starts
	depth    int           // number of enclosing archives
	mem      []byte        // the whole content when it is in memory, for readAll; nil if not
	memR     *bytes.Reader // reads mem: the source of r when mem is set
	pooled   *bufio.Reader // r as newInput made it, for release
	names    *docNames     // the IDs of the run's documents; nil when not known
	members  *gzipMembers  // the gzip members r is decompressed from, if any
	budget   *budget       // the decompression budget of the top-level input; nil for none
	// offset maps a byte position in r to the offset reported in WARC
	// sources; gzip sets it to the start of the compressed member. Nil
	// means the position itself.
	offset func(pos int64) int64
}

func newInput(source, name string, r io.Reader, depth int) *input {
	br := readerPool.Get().(*bufio.Reader)
	br.Reset(r)
	return &input{source: source, name: name, r: br, pooled: br, depth: depth}
}

// readerPool holds the buffered readers of inputs: one per input would
// be most of the bytes a corpus of small files allocates.
var readerPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

// release returns the input's buffered reader to the pool once the input
// has been read (dispatch has returned).
func (in *input) release() {
	if in.pooled != nil {
		in.pooled.Reset(nil)
		readerPool.Put(in.pooled)
		in.pooled, in.r = nil, nil
	}
}

// id returns the document ID for a single-document input: the base name of
// the file without its last extension, unless another input of the run has
// the same (see docNames).
func (in *input) id() string {
	if in.names != nil && !in.names.scanning {
		if id, ok := in.names.ids[in.key()]; ok {
			return id
		}
	}
	return baseID(in.name)
}

// ext returns the lower-case extension of the input's name, with its dot.
func (in *input) ext() string {
	return strings.ToLower(path.Ext(filepath.ToSlash(in.name)))
}

// child returns the input for an entry of an archive read from in.
func (in *input) child(entry string, r io.Reader) *input {
	c := newInput(in.source+"!"+entry, entry, r, in.depth+1)
	c.budget, c.names = in.budget, in.names
	return c
}

// fileErr returns an Item holding an Error about the file at path p, which
// could not be opened.
func fileErr(p string, err error) Item {
	return (&input{source: p, name: p}).extErr(err)
}

// errItem returns an Item holding an Error.
func errItem(source string, line int, err error) Item {
	return Item{Err: &Error{Source: source, Line: line, Err: err}}
}

// errorf returns an Item holding an Error about the whole input.
func (in *input) errorf(format string, args ...any) Item {
	return errItem(in.source, 0, fmt.Errorf(format, args...))
}

// docErr returns an Item holding an Error about the input, which is one
// document (text or HTML) whose ID the Error carries.
func (in *input) docErr(err error) Item {
	it := errItem(in.source, 0, err)
	it.Err.Doc = in.id()
	return it
}

// extErr returns an Item holding an Error about an input whose format was
// not read (it is empty, binary or unknown). The Error carries the input's
// ID when its extension names a one-document format (a.html, b.txt).
func (in *input) extErr(err error) Item {
	it := errItem(in.source, 0, err)
	ext := in.ext()
	for i := range formats {
		if f := &formats[i]; f.single && slices.Contains(f.exts, ext) {
			it.Err.Doc = in.id()
		}
	}
	return it
}

// readAll reads the rest of the input, at most maxEntrySize bytes. When
// the whole input is in memory and unread, it returns that memory, which
// is valid until the input is released.
func (in *input) readAll() ([]byte, error) {
	if in.mem != nil && in.r == in.pooled && in.r.Buffered()+in.memR.Len() == len(in.mem) {
		b := in.mem
		in.mem = nil
		if int64(len(b)) > maxEntrySize {
			return nil, fmt.Errorf("%w (over %d bytes)", ErrTooLarge, maxEntrySize)
		}
		// Leave r at its end, as reading it would.
		in.r.Reset(eofReader{})
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(in.r, maxEntrySize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > maxEntrySize {
		return nil, fmt.Errorf("%w (over %d bytes)", ErrTooLarge, maxEntrySize)
	}
	return b, nil
}

// dispatch detects the format of in and runs its reader. It reports whether
// to go on (false when yield asked to stop).
func dispatch(in *input, yield func(Item) bool) bool {
	defer in.release()
	if in.depth > maxDepth {
		return yield(in.errorf("%w (more than %d levels)", ErrTooDeep, maxDepth))
	}
	// A read error past the first bytes is left for the reader to meet
	// where it happens: a .warc.gz cut in its tenth record still yields
	// the first nine.
	var head []byte
	var err error
	if in.mem != nil {
		// The whole content is in memory and unread: look at it there
		// rather than copy its head into the buffered reader.
		head = in.mem[:min(len(in.mem), peekSize)]
		if len(head) < peekSize {
			err = io.EOF
		}
	} else {
		head, err = in.r.Peek(peekSize)
	}
	// Corrupt gzip members at the start of a compressed WARC are skipped:
	// look at the content after them, and hand their errors to the
	// format's reader first.
	var skipped []io.Reader
	for me := (*memberError)(nil); len(head) == 0 && errors.As(err, &me); {
		skipped = append(skipped, &onceErr{err: err})
		if me.next < 0 { // no member is left: report those skipped
			for _, r := range skipped {
				if !yield(errItem(in.source+"#"+strconv.FormatInt(r.(*onceErr).err.(*memberError).at, 10), 0, r.(*onceErr).err)) {
					return false
				}
			}
			return true
		}
		head, err = in.r.Peek(peekSize)
	}
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			return yield(in.extErr(err))
		}
		return yield(in.extErr(ErrEmpty))
	}
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		// Peek took the error from the reader: hand it back after the
		// bytes read so far, for the format's reader to meet.
		var me *memberError
		if errors.As(err, &me) {
			// A skipped gzip member: once, and the reading goes on.
			rest := in.r
			head = bytes.Clone(head)
			rest.Discard(len(head))
			// Not peeked again: that would take the error.
			in.r = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(head), &onceErr{err: err}, rest), 64<<10)
		} else {
			in.r = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(bytes.Clone(head)), errReader{err}), 64<<10)
			head, _ = in.r.Peek(peekSize)
		}
	}
	if len(skipped) > 0 {
		in.r = bufio.NewReaderSize(io.MultiReader(append(skipped, in.r)...), 64<<10)
	}
	f, err := detect(in, head)
	if err != nil {
		return yield(in.extErr(err))
	}
	if in.names != nil && in.names.scanning {
		// The scanning pass notes the one-document inputs and looks
		// into archives only.
		if f.single {
			in.names.add(in)
		}
		if !f.archive {
			return true
		}
	}
	return f.read(in, yield)
}

// eofReader is an empty reader.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// onceErr is a reader that fails with err once, then ends.
type onceErr struct{ err error }

func (r *onceErr) Read([]byte) (int, error) {
	if err := r.err; err != nil {
		r.err = nil
		return 0, err
	}
	return 0, io.EOF
}

// errReader is a reader that fails with err.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// plainDocument reports whether a file's name says it holds one text or
// HTML document, which the scanning pass of the document names need not
// open.
func plainDocument(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text", ".html", ".htm", ".xhtml":
		return true
	}
	return false
}
