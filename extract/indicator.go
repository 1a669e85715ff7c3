package extract

import (
	"slices"
	"sync"

	"github.com/solieu/solieu/normalize"
)

// An Indicator declares one indicator id of spec/indicators.tsv: the unit
// of its figures, the phrases that govern them, and examples that are also
// its tests.
type Indicator struct {
	// ID is the indicator id, "prefix.name".
	ID string
	// Unit is the unit of its figures. A percent indicator with Change set
	// takes falls ("giảm 0,36%") in percentage points.
	Unit normalize.Unit
	// Change marks an indicator of changes ("giảm X%"), not levels ("còn X%").
	Change bool
	// Cues are phrases that govern a figure when they stand in its clause,
	// before it or just after it ("giải quyết việc làm", "hộ kinh doanh").
	Cues []string
	// Touching are cues that govern a figure only when they touch it:
	// right before it, with at most "được" or "cho" between ("xuất khẩu
	// 1.350 lao động", "chi cho 5.400 đối tượng"), or right after it
	// ("4.200 lao động ra nước ngoài làm việc"). They are words that say
	// something else a few words off ("kim ngạch xuất khẩu tăng mạnh, thu
	// hút thêm 2.300 lao động").
	Touching []string
	// Needs are phrases of which one must stand in the sentence before the
	// figure or in its clause after it; they make a declaration more
	// specific than one with the same cue.
	Needs []string
	// Unless are phrases that rule the indicator out when they stand in
	// the figure's clause (back to its cue's clause when the cue stands
	// further back, never past a ";") or in its clause after it.
	Unless []string
	// Abroad marks a declaration of work abroad: the foreign countries its
	// sentences name are destinations, not other countries' statistics.
	Abroad bool
	// Named are phrases that name the indicator's own programme or
	// subject so plainly that its Unless phrases do not rule a figure out
	// when one stands among the same phrases: "… lượt hộ vay vốn từ Quỹ
	// quốc gia về việc làm" is the employment fund's loan, whoever borrows.
	Named []string
	// Article are phrases of which one must stand somewhere in the article
	// (its title or text) for the indicator to take any figure: evidence
	// that the article is about the domain at all, for declarations whose
	// cues are common words ("hỗ trợ", "tốt nghiệp"). A general news story
	// on a court case or a bank has none of them.
	Article []string
	// Context are phrases of which one must stand in the figure's
	// paragraph or in the title: evidence of the programme the figure
	// belongs to, for declarations whose cues other programmes share (a
	// commercial bank's "tổng số vốn vay" is no employment-fund loan, a
	// university's graduates with jobs are no vocational graduates).
	Context []string
	// NotBy are the subjects whose figures are not this indicator's: one
	// of them standing before the figure, not as an object ("cho", "của"
	// …), rules it out. Support packages and the employment fund's loans
	// are public programmes, not what a company, a commercial bank, an
	// insurer or a sponsor gives (companyGivers: "Một tập đoàn bán lẻ trao
	// 2.000 suất quà"); the jobs a province creates are not those a plant
	// will create ("nhà máy … sẽ tạo việc làm cho 3.000 lao động").
	NotBy []string
	// Examples are sentences with the records they must yield, exactly.
	Examples []Example
	// Counter are sentences that must yield no record of this indicator.
	Counter []string
}

// An Example is a sentence and the records it yields, written compactly
// (see ParseWant): "27300 actual 2023; 6000 target".
type Example struct {
	Text string
	Want string
}

// All is every declaration, domain by domain.
var All = slices.Concat(employment, vocational, labour, poverty, merit, social, support, admin)

// Lookup returns the declaration of an indicator id, or nil.
func Lookup(id string) *Indicator {
	if i := indexOf(id); i >= 0 {
		return &All[i]
	}
	return nil
}

// byID maps each id to its position in All.
var byID = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(All))
	for i := range All {
		m[All[i].ID] = i
	}
	return m
})

// indexOf returns the position of the declaration of id in All, or -1.
func indexOf(id string) int {
	if i, ok := byID()[id]; ok {
		return i
	}
	return -1
}
