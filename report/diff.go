package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// An Op says how a fact differs between two record files.
type Op string

// The ops of a Change, as WriteDiff marks its lines.
const (
	Added   Op = "+" // a fact only the new file has
	Removed Op = "-" // a fact only the old file has
	Changed Op = "~" // the same figure read differently
)

// A Change is one difference between two record files.
type Change struct {
	Op  Op
	Doc string
	// Old is the fact before (zero for Added) and New the fact after (zero
	// for Removed): the first record of each fact.
	Old, New Fact
	// Fields names what differs for Changed, in record order: some of
	// indicator, value, unit, kind, period, qualifier and region.
	Fields []string
}

// Diff compares two record files fact by fact and returns their
// differences grouped by document (documents in lexical order) and, within
// one, in text order.
//
// Each file is reduced per document to distinct facts, keyed as score.py
// keys them (indicator, unit, value, kind, period) except that values are
// compared exactly (see Number.Exact); a fact's first record stands for
// it. A fact in both files is Changed when its qualifier or region
// differs. A fact in one file only is paired with a fact in the other file
// only that has a record at the same byte span, and the pair is Changed
// (the same figure read differently); the rest are Added or Removed.
// Lines without an indicator field are ignored.
func Diff(old, new []Fact) []Change {
	o, n := factsByDoc(old), factsByDoc(new)
	var docs []string
	for d := range o {
		docs = append(docs, d)
	}
	for d := range n {
		if _, ok := o[d]; !ok {
			docs = append(docs, d)
		}
	}
	slices.Sort(docs)
	var out []Change
	for _, doc := range docs {
		out = append(out, diffDoc(doc, o[doc], n[doc])...)
	}
	return out
}

// A docFact is one distinct fact of a document, its first record and the
// spans of all its records.
type docFact struct {
	key   string
	first Fact
	spans [][2]int
}

// docFacts are the distinct facts of one document, in order of first record.
type docFacts struct {
	list  []*docFact
	byKey map[string]*docFact
}

func factsByDoc(facts []Fact) map[string]*docFacts {
	out := map[string]*docFacts{}
	for _, f := range facts {
		if !f.HasIndicator {
			continue
		}
		d := out[f.Doc]
		if d == nil {
			d = &docFacts{byKey: map[string]*docFact{}}
			out[f.Doc] = d
		}
		k := strings.Join([]string{f.Indicator, f.Unit, f.Value.Exact(), f.Kind, f.Period}, "\x00")
		df := d.byKey[k]
		if df == nil {
			df = &docFact{key: k, first: f}
			d.byKey[k] = df
			d.list = append(d.list, df)
		}
		if f.End > f.Start {
			df.spans = append(df.spans, [2]int{f.Start, f.End})
		}
	}
	return out
}

func diffDoc(doc string, o, n *docFacts) []Change {
	if o == nil {
		o = &docFacts{byKey: map[string]*docFact{}}
	}
	if n == nil {
		n = &docFacts{byKey: map[string]*docFact{}}
	}
	var out []Change
	var oldOnly, newOnly []*docFact
	for _, f := range o.list {
		g := n.byKey[f.key]
		if g == nil {
			oldOnly = append(oldOnly, f)
			continue
		}
		if fields := changedFields(f.first, g.first); len(fields) > 0 {
			out = append(out, Change{Op: Changed, Doc: doc, Old: f.first, New: g.first, Fields: fields})
		}
	}
	for _, g := range n.list {
		if o.byKey[g.key] == nil {
			newOnly = append(newOnly, g)
		}
	}
	paired := make([]bool, len(newOnly))
	for _, f := range oldOnly {
		j := -1
		for k, g := range newOnly {
			if !paired[k] && shareSpan(f.spans, g.spans) {
				j = k
				break
			}
		}
		if j < 0 {
			out = append(out, Change{Op: Removed, Doc: doc, Old: f.first})
			continue
		}
		paired[j] = true
		out = append(out, Change{Op: Changed, Doc: doc, Old: f.first, New: newOnly[j].first, Fields: changedFields(f.first, newOnly[j].first)})
	}
	for j, g := range newOnly {
		if !paired[j] {
			out = append(out, Change{Op: Added, Doc: doc, New: g.first})
		}
	}
	slices.SortStableFunc(out, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.pos(), b.pos()), cmp.Compare(opRank(a.Op), opRank(b.Op)))
	})
	return out
}

// pos is where a change is in its document's text, for ordering.
func (c Change) pos() int {
	if c.Op == Removed {
		return c.Old.Start
	}
	return c.New.Start
}

func opRank(op Op) int { return strings.Index("-~+", string(op)) }

func shareSpan(a, b [][2]int) bool {
	for _, s := range a {
		if slices.Contains(b, s) {
			return true
		}
	}
	return false
}

// changedFields names the fields in which a and b differ.
func changedFields(a, b Fact) []string {
	var out []string
	for _, f := range []struct {
		name string
		same bool
	}{
		{"indicator", a.Indicator == b.Indicator},
		{"value", a.Value.Exact() == b.Value.Exact()},
		{"unit", a.Unit == b.Unit},
		{"kind", a.Kind == b.Kind},
		{"period", a.Period == b.Period},
		{"qualifier", a.Qualifier == b.Qualifier},
		{"region", a.Region == b.Region},
	} {
		if !f.same {
			out = append(out, f.name)
		}
	}
	return out
}

// field returns the named field of f as WriteDiff shows it.
func (f Fact) field(name string) string {
	switch name {
	case "indicator":
		return f.Indicator
	case "value":
		return f.Value.Exact()
	case "unit":
		return f.Unit
	case "kind":
		return f.Kind
	case "period":
		return or(f.Period, `""`)
	case "qualifier":
		return f.Qualifier
	case "region":
		return or(f.Region, `""`)
	}
	return ""
}

// String renders a fact on one line, as WriteDiff shows it:
//
//	employment.jobs_created 30000 person actual 2023 over "Bình Định" at 124: "hơn 30.000 lao động"
//
// An empty period or region is shown as "".
func (f Fact) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s %s %s %s %q", f.Indicator, f.Value.Exact(), f.Unit, f.Kind, or(f.Period, `""`), f.Qualifier, f.Region)
	if f.End > f.Start {
		fmt.Fprintf(&b, " at %d", f.Start)
	}
	if f.Text != "" {
		fmt.Fprintf(&b, ": %q", f.Text)
	}
	return b.String()
}

// WriteDiff writes changes as Diff returns them: a line per document
// ("== doc: 1 added, 2 removed, 0 changed"), under it a line per change
// marked "+", "-" or "~" (a changed fact as it was, then "    value 36000
// → 30000; kind actual → target"), and a last line that sums up: "N
// documents differ: A added, R removed, C changed" (or "1 document
// differs: ..."), or "no differences".
func WriteDiff(w io.Writer, changes []Change) error {
	var b strings.Builder
	var added, removed, changed, docs int
	for i := 0; i < len(changes); {
		doc := changes[i].Doc
		j := i
		var a, r, c int
		for j < len(changes) && changes[j].Doc == doc {
			switch changes[j].Op {
			case Added:
				a++
			case Removed:
				r++
			default:
				c++
			}
			j++
		}
		docs++
		added, removed, changed = added+a, removed+r, changed+c
		fmt.Fprintf(&b, "== %s: %d added, %d removed, %d changed\n", doc, a, r, c)
		for _, ch := range changes[i:j] {
			switch ch.Op {
			case Added:
				fmt.Fprintf(&b, "+ %s\n", ch.New)
			case Removed:
				fmt.Fprintf(&b, "- %s\n", ch.Old)
			default:
				fmt.Fprintf(&b, "~ %s\n", ch.Old)
				var parts []string
				for _, name := range ch.Fields {
					parts = append(parts, fmt.Sprintf("%s %s → %s", name, ch.Old.field(name), ch.New.field(name)))
				}
				fmt.Fprintf(&b, "    %s\n", strings.Join(parts, "; "))
			}
		}
		i = j
	}
	if docs == 0 {
		b.WriteString("no differences\n")
	} else {
		verb := "documents differ"
		if docs == 1 {
			verb = "document differs"
		}
		fmt.Fprintf(&b, "%d %s: %d added, %d removed, %d changed\n", docs, verb, added, removed, changed)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
