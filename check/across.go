package check

import (
	"fmt"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// A Checker checks a stream of documents: each article as it is added,
// then all of them against each other. The zero value is ready to use.
type Checker struct {
	// Options tune the checks.
	Options Options
	recs    []extract.Record
	sources map[string]string // document id → source
}

// Add extracts the records of doc, checks the article (see Article) and
// keeps its records for Across. It returns the records and the warnings.
func (c *Checker) Add(doc corpus.Document) ([]extract.Record, []Warning) {
	recs := extract.Extract(doc, extract.Options{})
	return recs, c.AddRecords(doc, recs)
}

// AddRecords is Add for a document whose records recs are extracted
// already (with the caller's extract.Options). It returns the warnings.
func (c *Checker) AddRecords(doc corpus.Document, recs []extract.Record) []Warning {
	if c.sources == nil {
		c.sources = map[string]string{}
	}
	if _, ok := c.sources[doc.ID]; !ok {
		c.sources[doc.ID] = doc.Source
	}
	c.recs = append(c.recs, recs...)
	return Article(doc, recs, c.Options)
}

// Across checks the records of every document added so far against each
// other (see the function Across).
func (c *Checker) Across() []Warning {
	ws := Across(c.recs, c.Options)
	for i := range ws {
		for j := range ws[i].Figures {
			f := &ws[i].Figures[j]
			f.Source = c.sources[f.Doc]
		}
	}
	return ws
}

// A factKey is what two records must share to state the same fact.
type factKey struct {
	indicator, period, region string
	kind                      extract.Kind
	unit                      normalize.Unit
}

// Across checks records of several documents against each other: records
// of the same indicator, period, region, kind and unit from two documents
// conflict when no value of one document is compatible with a value of the
// other, given rounding ("36.000" may be 36.120) and qualifiers ("hơn
// 36.000" allows 36.120). Records with no period or no region are not
// compared: an unknown province is not the same province. One warning is
// given per fact and pair of documents, naming both, the later document's
// figure first and the earlier one's value as Expected.
func Across(recs []extract.Record, opt Options) []Warning {
	type docRecs struct {
		doc  string
		recs []extract.Record
		ivs  []interval // the values each record allows
	}
	groups := map[factKey][]*docRecs{}
	var keys []factKey // in order of first appearance, for stable output
	for _, r := range recs {
		if r.Period == "" || r.Region == "" {
			continue
		}
		k := factKey{r.Indicator, r.Period, r.Region, r.Kind, r.Unit}
		g, seen := groups[k]
		if !seen {
			keys = append(keys, k)
		}
		var d *docRecs
		for _, x := range g {
			if x.doc == r.Doc {
				d = x
			}
		}
		if d == nil {
			d = &docRecs{doc: r.Doc}
			groups[k] = append(g, d)
		}
		d.recs = append(d.recs, r)
		d.ivs = append(d.ivs, recInterval(r))
	}
	var out []Warning
	for _, k := range keys {
		g := groups[k]
		for i := 0; i < len(g); i++ {
			for j := i + 1; j < len(g); j++ {
				ok := false
				for _, x := range g[i].ivs {
					for _, y := range g[j].ivs {
						if overlaps(x, y) {
							ok = true
						}
					}
				}
				if ok && !opt.All {
					continue
				}
				x, y := g[i].recs[0], g[j].recs[0]
				fact := fmt.Sprintf("%s, %s, %s, %s", k.indicator, k.period, k.region, k.kind)
				msg := fmt.Sprintf("%s: %s says %s, %s says %s", fact, y.Doc, y.Text, x.Doc, x.Text)
				if ok {
					msg = fmt.Sprintf("%s: %s says %s, as %s does (%s)", fact, y.Doc, y.Text, x.Doc, x.Text)
				}
				out = append(out, Warning{Rule: Conflict, Docs: []string{y.Doc, x.Doc}, Message: msg, Expected: x.Value,
					Figures: []Figure{recFigure(y, "stated"), recFigure(x, "other")}, Consistent: ok})
			}
		}
	}
	return out
}

// recInterval returns the values record r allows, its precision read from
// its written text.
func recInterval(r extract.Record) interval {
	num := ""
	if ms := normalize.Scan(r.Text, normalize.Options{}); len(ms) > 0 {
		m := ms[0]
		if m.Kind != normalize.Range && m.Kind != normalize.Fraction && m.NumEnd <= len(r.Text) {
			num = r.Text[m.NumStart:m.NumEnd]
		}
	}
	return around(r.Value, precision(r.Value, num, r.Unit, r.Qualifier), r.Qualifier)
}

// recFigure returns the Figure of record r in role.
func recFigure(r extract.Record, role string) Figure {
	return Figure{Role: role, Doc: r.Doc, Text: r.Text, Start: r.Start, End: r.End, Value: r.Value, Unit: r.Unit,
		Qualifier: r.Qualifier, Indicator: r.Indicator, Period: r.Period, Region: r.Region, Kind: string(r.Kind)}
}
