package check

import (
	"slices"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// An Annotation is one figure of an article as a reader sees it: the
// mention, the records made from it and the warnings that involve it.
type Annotation struct {
	// Mention is the figure as normalize read it; its Start and End are
	// byte offsets into the document text.
	Mention normalize.Mention
	// Records are the records made from the figure: none when it fits no
	// indicator, two for a fraction (actual and target) or a range.
	Records []extract.Record
	// Warnings are indexes into the warnings given to Annotate, of those
	// that name the figure.
	Warnings []int
}

// Annotate lists the figures of doc (its numeric mentions) in text order,
// each with its records among recs and the warnings among ws that name it.
// Warnings of other documents are ignored.
func Annotate(doc corpus.Document, recs []extract.Record, ws []Warning) []Annotation {
	a := newArticle(doc, nil, Options{})
	var out []Annotation
	at := map[int]int{} // mention start → index in out
	for _, m := range a.mentions {
		if !m.Kind.IsNumeric() {
			continue
		}
		at[m.Start] = len(out)
		out = append(out, Annotation{Mention: m})
	}
	for _, r := range recs {
		if r.Doc != doc.ID && r.Doc != "" {
			continue
		}
		if i, ok := at[r.Start]; ok {
			out[i].Records = append(out[i].Records, r)
		}
	}
	for wi, w := range ws {
		for _, f := range w.Figures {
			if f.Doc != doc.ID {
				continue
			}
			if i, ok := at[f.Start]; ok && !slices.Contains(out[i].Warnings, wi) {
				out[i].Warnings = append(out[i].Warnings, wi)
			}
		}
	}
	return out
}

// A Report is one document checked for a reader: its records, the
// warnings that name it and its figures annotated with both.
type Report struct {
	Doc     corpus.Document
	Records []extract.Record
	// Warnings are the document's own warnings in text order, then the
	// conflicts with other documents that name it.
	Warnings []Warning
	// Figures are the document's figures; their Warnings index Warnings.
	Figures []Annotation
}

// Reports checks docs as a Checker does and returns one Report per
// document, in order; a conflict between two documents is in the Report
// of each.
func Reports(docs []corpus.Document, opt Options) []Report {
	c := Checker{Options: opt}
	out := make([]Report, len(docs))
	for i, d := range docs {
		out[i].Doc = d
		out[i].Records, out[i].Warnings = c.Add(d)
	}
	across := c.Across()
	for i := range out {
		for _, w := range across {
			if slices.Contains(w.Docs, out[i].Doc.ID) {
				out[i].Warnings = append(out[i].Warnings, w)
			}
		}
		out[i].Figures = Annotate(out[i].Doc, out[i].Records, out[i].Warnings)
	}
	return out
}
