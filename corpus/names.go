package corpus

import (
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// docNames makes the IDs of one-document inputs (files and archive
// entries) unique within a run. A first pass over the inputs (scanning)
// records the ID every text or HTML input would have, the base name of
// its file without the extension; the second pass, which reads the
// documents, keeps that ID when one input alone has it and otherwise
// gives each input of the group the shortest end of its path that tells
// them apart: "a/report.txt" and "b/report.txt" become "a/report" and
// "b/report", "x.zip!2021/index.html" and "x.zip!2022/index.html" become
// "2021/index" and "2022/index". The IDs depend only on the inputs, not
// on the order in which they are read.
type docNames struct {
	scanning bool
	groups   map[string][]string // base ID → the distinct keys of the inputs that have it, first seen first
	seen     map[string]bool     // the keys recorded
	ids      map[string]string   // key → unique ID, for keys of groups of two or more
}

// newDocNames returns an empty table in its scanning pass.
func newDocNames() *docNames {
	return &docNames{scanning: true, groups: map[string][]string{}, seen: map[string]bool{}}
}

// key identifies an input: its source and its name.
func (in *input) key() string { return in.source + "\x00" + in.name }

// add records the one-document input in during the scanning pass.
func (d *docNames) add(in *input) {
	k := in.key()
	if d.seen[k] {
		return // the same file named twice is one document
	}
	d.seen[k] = true
	id := baseID(in.name)
	d.groups[id] = append(d.groups[id], k)
}

// keySegs returns the path of the input of key k, segment by segment: the
// directories and archive entries of its source, ending with its own
// name ("a.html.gz" holds "a.html").
func keySegs(k string) []string {
	source, name, _ := strings.Cut(k, "\x00")
	var segs []string
	for _, part := range strings.Split(filepath.ToSlash(source), "!") {
		for _, s := range strings.Split(part, "/") {
			if s != "" && s != "." {
				segs = append(segs, s)
			}
		}
	}
	base := path.Base(filepath.ToSlash(name))
	if len(segs) == 0 {
		return []string{base}
	}
	segs[len(segs)-1] = base
	return segs
}

// resolve ends the scanning pass: it gives every input of a group of two
// or more its unique ID.
func (d *docNames) resolve() {
	d.scanning = false
	d.ids = map[string]string{}
	for base, keys := range d.groups {
		if len(keys) < 2 {
			continue
		}
		segs := make(map[string][]string, len(keys))
		longest := 0
		for _, k := range keys {
			segs[k] = keySegs(k)
			longest = max(longest, len(segs[k]))
		}
		// The directories that end the path, then the same with the
		// file's extension, then the whole path numbered.
		try := func(name func(segs []string) string) bool {
			cand := map[string]string{}
			seen := map[string]bool{}
			for _, k := range keys {
				c := name(segs[k])
				if seen[c] {
					return false
				}
				seen[c], cand[k] = true, c
			}
			for k, c := range cand {
				d.ids[k] = c
			}
			return true
		}
		done := false
		for n := 1; n < longest && !done; n++ {
			done = try(func(segs []string) string {
				dirs := segs[:len(segs)-1]
				return strings.Join(append(dirs[max(0, len(dirs)-n):len(dirs):len(dirs)], base), "/")
			})
		}
		for n := 1; n <= longest && !done; n++ {
			done = try(func(segs []string) string {
				return strings.Join(segs[max(0, len(segs)-n):], "/")
			})
		}
		if !done {
			for i, k := range keys {
				d.ids[k] = strings.Join(segs[k], "/") + "~" + strconv.Itoa(i+1)
			}
		}
	}
	// only the IDs of colliding inputs are needed from here on
	d.groups, d.seen = nil, nil
}

// baseID returns the base name of a file without its last extension.
func baseID(name string) string {
	base := path.Base(filepath.ToSlash(name))
	if base == "." || base == "/" {
		return name
	}
	if ext := path.Ext(base); ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}
