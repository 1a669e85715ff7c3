package main

import (
	"flag"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/solieu/solieu/corpus"
)

// globList is a repeatable -g flag. Setting it to "" empties it, which is
// how resetFlags restores its default.
type globList []string

func (g *globList) String() string { return strings.Join(*g, " ") }

func (g *globList) Set(s string) error {
	if s == "" {
		*g = nil
		return nil
	}
	*g = append(*g, s)
	return nil
}

// walkFlags are the flags that choose the files of the directories a
// command reads: -g, and -published on the commands that have it.
type walkFlags struct {
	globs     globList
	published *string
	skipped   atomic.Int64
}

// globHelp is the text of -g.
const globHelp = "read only the files of directories that match `GLOB` (\"*.html\"; \"!draft*\" leaves out); repeatable, the last match decides"

// publishedHelp is the text of -published.
const publishedHelp = "the publication date, `YYYY-MM-DD`, of a text that states none (pasted text, a bare file)"

// addWalkFlags adds -g to fs, and -published when published is set.
func addWalkFlags(fs *flag.FlagSet, published bool) *walkFlags {
	w := &walkFlags{}
	fs.Var(&w.globs, "g", globHelp)
	if published {
		w.published = fs.String("published", "", publishedHelp)
	}
	return w
}

// options checks the flags and returns the walk's options, which count
// the files left out as not articles in w.skipped.
func (w *walkFlags) options() (corpus.WalkOptions, error) {
	w.skipped.Store(0)
	opt := corpus.WalkOptions{Globs: w.globs, Skipped: func(string) { w.skipped.Add(1) }}
	for _, g := range w.globs {
		if (corpus.WalkOptions{Globs: []string{g}}).Check() != nil {
			return opt, usagef("-g %q: not a glob", g)
		}
	}
	if w.published != nil && *w.published != "" {
		if _, err := time.Parse("2006-01-02", *w.published); err != nil {
			return opt, usagef("-published %q: want a date YYYY-MM-DD", *w.published)
		}
		opt.Published = *w.published
	}
	return opt, nil
}

// skippedNote returns ", N files skipped as not articles" for the summary line,
// or "" when no file was left out.
func (w *walkFlags) skippedNote() string {
	n := w.skipped.Load()
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %d files skipped as not articles", n)
}
