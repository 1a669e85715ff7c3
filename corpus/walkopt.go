package corpus

import (
	"fmt"
	"path"
	"strings"
)

// WalkOptions say which files of the directories WalkWith reads, and
// what it adds to the documents. Paths named as arguments are always
// read: the options only choose among the files found inside
// directories.
type WalkOptions struct {
	// Globs choose files as ripgrep's -g does: a glob keeps the files it
	// matches, and once there is one, the files no glob keeps are left
	// out; a glob that starts with "!" leaves out the files and
	// directories it matches. When several match, the last one decides.
	// A glob without "/" matches the base name ("*.html", "!draft-*");
	// one with "/" matches the path below the directory named as an
	// argument ("2023/*.txt"). The syntax is that of path.Match.
	Globs []string
	// All reads every file. Without it, files that are clearly not
	// articles (NotArticle: a README, Markdown notes, a gold.jsonl,
	// program sources, images, PDFs, tables) are left out unless a glob
	// keeps them, and Skipped is told of each.
	All bool
	// Skipped, when not nil, is called with the path of each file left
	// out as not an article (not for those a glob leaves out). It is
	// called from the goroutine that ranges over the walk.
	Skipped func(path string)
	// Published, "YYYY-MM-DD", is set as the PublishedElse of every
	// document: the publication date of those that state none.
	Published string
}

// A glob is one pattern of WalkOptions.Globs.
type glob struct {
	pattern string
	exclude bool
	path    bool // it has a "/": matched against the path, not the name
}

// A filter decides which files and directories a walk reads.
type filter struct {
	globs    []glob
	includes bool // some glob keeps files: the others are left out
	all      bool
	skipped  func(string)
}

// Check reports whether the globs of o are well formed, as a walk with
// them would: a caller can refuse them before it starts.
func (o WalkOptions) Check() error {
	_, err := newFilter(o)
	return err
}

// newFilter checks the globs of opt and returns its filter.
func newFilter(opt WalkOptions) (*filter, error) {
	f := &filter{all: opt.All}
	for _, g := range opt.Globs {
		x := glob{pattern: g}
		if strings.HasPrefix(g, "!") {
			x.exclude, x.pattern = true, g[1:]
		}
		x.pattern = strings.TrimPrefix(strings.TrimSuffix(x.pattern, "/"), "/")
		x.path = strings.Contains(x.pattern, "/")
		if _, err := path.Match(x.pattern, ""); err != nil || x.pattern == "" {
			return nil, fmt.Errorf("bad glob %q", g)
		}
		f.includes = f.includes || !x.exclude
		f.globs = append(f.globs, x)
	}
	return f, nil
}

// match returns the last glob that matches rel, the slash-separated path
// below the walked directory, or nil.
func (f *filter) match(rel string) *glob {
	name := path.Base(rel)
	for i := len(f.globs) - 1; i >= 0; i-- {
		g := &f.globs[i]
		s := name
		if g.path {
			s = rel
		}
		if ok, _ := path.Match(g.pattern, s); ok {
			return g
		}
	}
	return nil
}

// keepDir reports whether to walk the directory at rel: all but those
// an exclusion matches.
func (f *filter) keepDir(rel string) bool {
	g := f.match(rel)
	return g == nil || !g.exclude
}

// keepFile reports whether to read the file at rel (p is its path). A
// file left out as not an article is reported to skipped, unless the
// walk is only scanning names.
func (f *filter) keepFile(rel, p string, scanning bool) bool {
	g := f.match(rel)
	switch {
	case g != nil:
		return !g.exclude
	case f.includes:
		return false
	case f.all || !NotArticle(path.Base(rel)):
		return true
	}
	if f.skipped != nil && !scanning {
		f.skipped(p)
	}
	return false
}

// NotArticle reports whether a file name says the file is clearly not an
// article: notes (README, LICENSE, Markdown), a gold file of facts
// ("gold.jsonl", "dev.gold.jsonl"; other JSON lines are articles),
// program sources, images, office and PDF documents, tables, media and
// binaries.
func NotArticle(name string) bool {
	lower := strings.ToLower(name)
	for _, p := range []string{"readme", "license", "licence", "copying", "changelog", "makefile"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	for _, g := range []string{"gold.jsonl", "gold.jsonl.gz", "go.mod", "go.sum"} {
		if lower == g || strings.HasSuffix(lower, "."+g) {
			return true
		}
	}
	ext := path.Ext(lower)
	if ext == ".gz" || ext == ".bz2" || ext == ".xz" || ext == ".zst" {
		ext = path.Ext(strings.TrimSuffix(lower, ext)) // "notes.md.gz" as "notes.md"; "a.warc.gz" is read
	}
	return notArticleExt[ext]
}

// notArticleExt are the extensions of files that are not articles.
var notArticleExt = map[string]bool{
	".md": true, ".markdown": true, ".rst": true,
	".go": true, ".py": true, ".pyc": true, ".ipynb": true, ".r": true, ".js": true, ".ts": true, ".css": true,
	".sh": true, ".java": true, ".class": true, ".c": true, ".h": true, ".rs": true, ".rb": true, ".pl": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true, ".ico": true,
	".bmp": true, ".tif": true, ".tiff": true,
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".odt": true, ".ods": true,
	".csv": true, ".tsv": true, ".parquet": true, ".db": true, ".sqlite": true,
	".mp3": true, ".mp4": true, ".wav": true, ".avi": true, ".mov": true, ".webm": true,
	".exe": true, ".dll": true, ".so": true, ".o": true, ".a": true, ".bin": true,
}
