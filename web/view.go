package web

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"

	"github.com/solieu/solieu/check"
	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
	"github.com/solieu/solieu/report"
)

// A Row is one line of the figures table that show and serve print: a
// figure and one reading of it. A figure with two records (a fraction's
// actual and target) has two rows; one with none has one row whose
// Indicator is "no indicator".
type Row struct {
	// N is the figure's number in the article, from 1.
	N int
	// First reports whether the row is the figure's first.
	First bool
	// Figure is the figure as written.
	Figure string
	// Reading is the value in base units, the unit and the qualifier:
	// "36000 person over".
	Reading string
	// Indicator is the record's indicator, or "no indicator".
	Indicator string
	// Kind, Period and Region are the record's, empty without one.
	Kind, Period, Region string
	// Warnings are the numbers (from 1) of the warnings that name the
	// figure, among the report's warnings that do not hold.
	Warnings []int
}

// NoIndicator is the Indicator of a row for a figure that fits no
// indicator.
const NoIndicator = "no indicator"

// Rows returns the rows of the figures table of one report, in text order.
// Warning numbers count only the warnings that are not consistent, in the
// order of r.Warnings.
func Rows(r check.Report) []Row {
	num := warningNumbers(r.Warnings)
	var out []Row
	for i, a := range r.Figures {
		var ws []int
		for _, wi := range a.Warnings {
			if n := num[wi]; n > 0 {
				ws = append(ws, n)
			}
		}
		if len(a.Records) == 0 {
			out = append(out, Row{N: i + 1, First: true, Figure: a.Mention.Text, Reading: MentionReading(a.Mention),
				Indicator: NoIndicator, Warnings: ws})
			continue
		}
		for k, rec := range a.Records {
			out = append(out, Row{N: i + 1, First: k == 0, Figure: a.Mention.Text, Reading: RecordReading(rec),
				Indicator: rec.Indicator, Kind: string(rec.Kind), Period: rec.Period, Region: rec.Region, Warnings: ws})
		}
	}
	return out
}

// warningNumbers numbers the warnings that do not hold from 1; consistent
// ones get 0.
func warningNumbers(ws []check.Warning) []int {
	num := make([]int, len(ws))
	n := 0
	for i, w := range ws {
		if !w.Consistent {
			n++
			num[i] = n
		}
	}
	return num
}

// RecordReading returns the value, unit and qualifier of a record:
// "36000 person over".
func RecordReading(r extract.Record) string {
	return strings.TrimSpace(fmt.Sprintf("%s %s %s", r.Value, r.Unit, r.Qualifier))
}

// MentionReading returns how normalize read a figure: "1.095 exact",
// "1500–1700 person exact" for a range, "2970/6000 person exact" for a
// fraction. A missing unit is left out.
func MentionReading(m normalize.Mention) string {
	v := m.Value.String()
	switch m.Kind {
	case normalize.Range:
		v = m.Low.String() + "–" + m.High.String()
	case normalize.Fraction:
		v = m.Num.String() + "/" + m.Den.String()
	}
	q := m.Qualifier
	if q == "" {
		q = normalize.Exact
	}
	return strings.Join(strings.Fields(fmt.Sprintf("%s %s %s", v, m.Unit, q)), " ")
}

// A segment is a run of article text, a highlighted figure when Fig is set.
type segment struct {
	Text string
	Fig  *figureView
}

// A figureView is one highlighted figure.
type figureView struct {
	N        int
	ID       string // HTML id of the mark
	RowID    string // HTML id of its first table row
	Class    string // fig plus rec, norec or warn
	Reading  string // the tooltip: readings, then warnings, one a line
	Sentence string // the sentence that holds the figure
}

// A rowView is a Row with its HTML ids and its words in the page's
// language.
type rowView struct {
	Row
	ID       string // set on a figure's first row
	FigID    string
	Warnings []warnLink
	// Name is the indicator's plain name, Code its id ("" for a figure of
	// no indicator); Said the reading, KindSaid and PeriodSaid the kind and
	// period in words.
	Name, Code, Said, KindSaid, PeriodSaid string
	// Sort is the value as a plain number, for sorting the table.
	Sort string
}

// A warnLink links a table cell to a warning.
type warnLink struct {
	N    int
	ID   string
	Rule check.Rule
}

// A warnView is one warning, or one relation that holds.
type warnView struct {
	N       int
	Said    string // what the rule found, in words
	ID      string
	Rule    check.Rule
	Message string
	Docs    string // the other documents of a conflict
	Figures []string
}

// A docView is one document of the page.
type docView struct {
	Anchor   string
	ID       string
	Source   string
	Segments []segment
	Rows     []rowView
	NFigures int
	NRecords int
	MoreRows int // rows of its table not shown (Options.MaxRows)
	Warnings []warnView
	Holds    []warnView
}

// A pageView is what the page template shows.
type pageView struct {
	L          *lang
	Title      string
	Standalone bool
	CSS        template.CSS
	JS         template.JS
	Form       bool
	Text       string
	MaxMB      int64
	Errors     []string
	Docs       []docView
	NDocs      int // documents, shown or not
	NRecords   int
	NWarnings  int
	JSONL, CSV template.URL
	// MoreDocs and MoreRecords count the documents past MaxRows, not
	// shown, and their records; MoreErrors the messages past MaxErrors.
	MoreDocs, MoreRecords, MoreErrors int
	// WarningsJSONL downloads the warnings, each once (a conflict names
	// two documents), as solieu check writes them.
	WarningsJSONL template.URL
}

// newPage builds the view of reports in language l.
func newPage(reports []check.Report, l *lang) (*pageView, error) {
	p := &pageView{L: l, Title: "solieu", NDocs: len(reports)}
	var recs []extract.Record
	for di, r := range reports {
		d := docView{Anchor: fmt.Sprintf("d%d", di), ID: r.Doc.ID, Source: r.Doc.Source, NFigures: len(r.Figures), NRecords: len(r.Records)}
		num := warningNumbers(r.Warnings)
		for wi, w := range r.Warnings {
			v := warnView{N: num[wi], Rule: w.Rule, Said: l.Rule(w.Rule), Message: w.Message}
			for _, f := range w.Figures {
				v.Figures = append(v.Figures, f.Text)
			}
			var others []string
			for _, id := range w.Docs {
				if id != r.Doc.ID {
					others = append(others, id)
				}
			}
			v.Docs = strings.Join(others, ", ")
			if w.Consistent {
				d.Holds = append(d.Holds, v)
				continue
			}
			v.ID = fmt.Sprintf("%s-w%d", d.Anchor, v.N)
			d.Warnings = append(d.Warnings, v)
		}
		p.NWarnings += len(d.Warnings)
		rows := Rows(r)
		figs := make([]*figureView, len(r.Figures))
		for i, a := range r.Figures {
			f := &figureView{N: i + 1, ID: fmt.Sprintf("%s-f%d", d.Anchor, i+1), RowID: fmt.Sprintf("%s-r%d", d.Anchor, i+1), Class: "fig norec"}
			if len(a.Records) > 0 {
				f.Class = "fig rec"
			}
			figs[i] = f
		}
		var tips = make([][]string, len(r.Figures))
		k := 0 // the row's record among its figure's
		for _, row := range rows {
			if row.First {
				k = 0
			}
			a := r.Figures[row.N-1]
			rv := rowView{Row: row, FigID: figs[row.N-1].ID, Name: l.T["no_indicator"]}
			if len(a.Records) == 0 {
				rv.Said, rv.Sort = l.MentionReading(a.Mention), a.Mention.Value.String()
				figs[row.N-1].Sentence = sentenceAround(r.Doc.Text, a.Mention.Start, a.Mention.End)
			} else {
				rec := a.Records[k]
				k++
				rv.Said, rv.Sort = l.RecordReading(rec), rec.Value.String()
				rv.Name, rv.Code = l.Indicator(rec.Indicator), rec.Indicator
				rv.KindSaid, rv.PeriodSaid = l.Kind(rec.Kind), l.Period(rec.Period)
				figs[row.N-1].Sentence = rec.Sentence
				if figs[row.N-1].Sentence == "" {
					figs[row.N-1].Sentence = sentenceAround(r.Doc.Text, a.Mention.Start, a.Mention.End)
				}
			}
			line := rv.Said + " · " + rv.Name
			if rv.Code != "" {
				line += " (" + strings.Join(nonEmpty(rv.KindSaid, rv.PeriodSaid, row.Region), ", ") + ")"
			}
			tips[row.N-1] = append(tips[row.N-1], line)
			if row.First {
				rv.ID = figs[row.N-1].RowID
			}
			for _, n := range row.Warnings {
				rv.Warnings = append(rv.Warnings, warnLink{N: n, ID: fmt.Sprintf("%s-w%d", d.Anchor, n), Rule: d.Warnings[n-1].Rule})
			}
			if row.First && len(row.Warnings) > 0 {
				figs[row.N-1].Class = "fig warn"
				for _, n := range row.Warnings {
					tips[row.N-1] = append(tips[row.N-1], "⚠ "+d.Warnings[n-1].Said+": "+d.Warnings[n-1].Message)
				}
			}
			d.Rows = append(d.Rows, rv)
		}
		for i := range figs {
			figs[i].Reading = strings.Join(tips[i], "\n")
		}
		text := r.Doc.Text
		at := 0
		for i, a := range r.Figures {
			m := a.Mention
			if m.Start < at || m.End > len(text) {
				continue // never expected: mentions are sorted and apart
			}
			if m.Start > at {
				d.Segments = append(d.Segments, segment{Text: text[at:m.Start]})
			}
			d.Segments = append(d.Segments, segment{Text: m.Text, Fig: figs[i]})
			at = m.End
		}
		if at < len(text) {
			d.Segments = append(d.Segments, segment{Text: text[at:]})
		}
		p.Docs = append(p.Docs, d)
		recs = append(recs, r.Records...)
		p.NRecords += len(r.Records)
	}
	var err error
	if p.JSONL, err = dataURL(recs, report.JSONL, "application/x-ndjson"); err != nil {
		return nil, err
	}
	if p.CSV, err = dataURL(recs, report.CSV, "text/csv"); err != nil {
		return nil, err
	}
	if p.WarningsJSONL, err = warningsURL(reports); err != nil {
		return nil, err
	}
	return p, nil
}

// limit keeps the page to at most maxRows rows of figures tables and
// maxErrors error messages: the documents after the one that reaches
// maxRows are counted and left out (the downloads still hold them), and
// so are the table rows of a single document past maxRows.
func (p *pageView) limit(maxRows, maxErrors int) {
	if n := len(p.Errors) - maxErrors; n > 0 {
		p.Errors, p.MoreErrors = p.Errors[:maxErrors], n
	}
	rows := 0
	for i := range p.Docs {
		d := &p.Docs[i]
		if rows+len(d.Rows) > maxRows && i > 0 {
			for _, rest := range p.Docs[i:] {
				p.MoreDocs++
				p.MoreRecords += rest.NRecords
			}
			p.Docs = p.Docs[:i]
			return
		}
		if len(d.Rows) > maxRows {
			d.MoreRows = len(d.Rows) - maxRows
			d.Rows = d.Rows[:maxRows]
		}
		rows += len(d.Rows)
	}
}

// warningsURL returns the warnings of reports that do not hold, each
// once, as a JSONL data URL; the relations that hold are left out.
func warningsURL(reports []check.Report) (template.URL, error) {
	var b bytes.Buffer
	enc, err := report.NewEncoder[check.Warning](&b, report.JSONL)
	if err != nil {
		return "", err
	}
	seen := map[string]bool{} // the lines written
	for _, r := range reports {
		for _, w := range r.Warnings {
			if w.Consistent {
				continue // a relation that holds is no warning
			}
			n := b.Len()
			if err := enc.Encode(w); err != nil {
				return "", err
			}
			if line := string(b.Bytes()[n:]); seen[line] {
				b.Truncate(n) // written already, from another document
			} else {
				seen[line] = true
			}
		}
	}
	return bytesURL(b.Bytes(), "application/x-ndjson"), nil
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// bom is the UTF-8 byte order mark, by which Excel knows a CSV file's
// Vietnamese for UTF-8.
const bom = "\ufeff"

// writeRecords writes records in format f; CSV starts with a byte order
// mark.
func writeRecords(w *bytes.Buffer, recs []extract.Record, f report.Format) error {
	if f == report.CSV {
		w.WriteString(bom)
	}
	enc, err := report.NewRecordEncoder(w, f, false)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// dataURL returns the records in format f as a base64 data URL, for a
// download link that needs no server.
func dataURL(recs []extract.Record, f report.Format, mime string) (template.URL, error) {
	var b bytes.Buffer
	if err := writeRecords(&b, recs, f); err != nil {
		return "", err
	}
	return bytesURL(b.Bytes(), mime), nil
}

// bytesURL returns b as a base64 data URL of type mime. The URL is built
// from base64 text only, so it is safe to mark as a trusted URL for
// html/template, which rejects data: otherwise.
func bytesURL(b []byte, mime string) template.URL {
	return template.URL("data:" + mime + ";charset=utf-8;base64," + base64.StdEncoding.EncodeToString(b))
}

// sentenceAround returns the sentence of text that holds text[start:end]:
// from after the last ".", "!", "?" or line break before it that ends a
// sentence (a full stop followed by a space, not a thousands dot) to the
// next one after it.
func sentenceAround(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	ends := func(i int) bool { // text[i] ends a sentence
		switch text[i] {
		case '\n':
			return true
		case '.', '!', '?':
			return i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'
		}
		return false
	}
	from := start
	for from > 0 && !ends(from-1) {
		from--
	}
	to := end
	for to < len(text) && !ends(to) {
		to++
	}
	if to < len(text) && text[to] != '\n' {
		to++
	}
	return strings.TrimSpace(text[from:to])
}
