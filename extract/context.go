package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// Engine word lists. They are the engine's reading of report language, the
// same for every indicator.
var (
	// targetCues before a figure make it a target.
	targetCues = folded("phấn đấu", "mục tiêu", "đặt mục tiêu", "kế hoạch giao", "chỉ tiêu giao",
		"chỉ tiêu kế hoạch", "chỉ tiêu năm", "chỉ tiêu đề ra", "dự kiến giao", "kế hoạch đề ra năm",
		"đặt chỉ tiêu", "giao chỉ tiêu",
		"đề ra các chỉ tiêu", "đề ra chỉ tiêu", "đề ra các mục tiêu", "đề ra mục tiêu", "đặt ra các chỉ tiêu", "giao các chỉ tiêu")
	// leadTargetCues make a target only when they open the sentence or
	// clause and a year follows ("Kế hoạch năm 2024 giao …"); elsewhere
	// "kế hoạch" is often a document ("Thực hiện Kế hoạch số 12/KH-UBND")
	// or a programme ("Kế hoạch phát triển kinh tế - xã hội 5 năm").
	leadTargetCues = folded("kế hoạch năm", "chỉ tiêu năm", "mục tiêu năm", "kế hoạch", "chỉ tiêu", "mục tiêu")
	// notTarget precede a target cue and undo it ("hoàn thành mục tiêu").
	notTarget = folded("hoàn thành", "đạt", "vượt", "đạt được", "hoàn thành vượt", "so với", "so", "bằng", "theo", "hơn",
		"chương trình",                  // "chương trình mục tiêu quốc gia" is a programme's name
		"thực hiện", "góp phần", "nhằm", // "góp phần thực hiện mục tiêu giảm nghèo"
		"các", "những") // "các chỉ tiêu" names targets, it does not set one
	// estimateCues before a figure make it an estimate.
	estimateCues = folded("ước", "ước tính", "ước đạt", "ước thực hiện", "dự kiến", "dự ước", "dự kiến đạt")
	// notEstimateAfter after "ước" make it a word of wishes, not an
	// estimate: "ước vọng", "ước mơ"
	notEstimateAfter = []string{"vọng", "mơ", "muốn", "nguyện", "ao", "mong", "nguyền"}
	// notEstimateBefore before "ước" make it another word: a wish ("mơ
	// ước", "mong ước"), an agreement or a treaty ("thỏa ước lao động", "công
	// ước", "điều ước", "hiệp ước", "quy ước")
	notEstimateBefore = []string{"mơ", "ao", "mong", "thỏa", "thoả", "công", "điều", "hiệp", "quy", "giao", "cam"}
	// changeWords just before a figure make it a change, not a level.
	// riseWords just before a figure make it a rise: never a fall
	// indicator's (all Change declarations count falls)
	riseWords   = folded("tăng", "tăng thêm")
	changeWords = folded("giảm", "tăng", "giảm được", "giảm thêm", "tăng thêm", "giảm bình quân", "bình quân giảm", "mỗi năm giảm", "giảm mạnh")
	// planWords just after a percent make it plan attainment.
	planWords = folded("kế hoạch", "kh", "chỉ tiêu", "mục tiêu", "so với kế hoạch", "kế hoạch năm", "chỉ tiêu kế hoạch",
		"so với mục tiêu", "so với chỉ tiêu") // "đạt 41,5% so với mục tiêu giai đoạn"
	// attainVerbs just before a percent mark attainment of a count.
	attainVerbs = folded("đạt", "vượt", "bằng", "hoàn thành", "đạt được", "thực hiện được")
	// comparison precede a period that is a base of comparison, not the figure's period.
	comparison = folded("so với", "so", "cùng kỳ", "so cùng kỳ", "từ", "trước", "hơn",
		// the span a standard holds for, not the figure's period: "theo chuẩn nghèo giai đoạn 2022-2025"
		"chuẩn nghèo", "chuẩn nghèo đa chiều", "chuẩn cận nghèo")
	// shareFollowers may follow an attainment percent ("đạt 100,6% so với
	// …", "đạt 98% trong năm"); any other word makes it a share of what
	// it names ("bằng 40,3% lực lượng lao động")
	shareFollowers = []string{"so", "với", "vào", "trong", "năm", "tháng", "quý", "cả", "của", "kế", "chỉ", "mục", "kh", "và", "là"}
	closeBracket   = folded(")")
	// sameTimeLast after a percent compare it with an earlier time
	sameTimeLast = folded("cùng kỳ", "năm trước", "năm ngoái", "so với năm", "so với cuối năm", "so với đầu năm")
	// planOpeners open brackets that state a plan: "(kế hoạch 90.000 người)"
	planOpeners = folded("kế hoạch", "chỉ tiêu", "mục tiêu", "kh")
	// areaWords name a part of a territory: its rate is still the rate
	areaWords = folded("khu vực", "thành thị", "nông thôn", "vùng")
	// proposalWords before a figure in its clause make it a request, not
	// an outcome: "nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp"
	proposalWords = folded("đề nghị", "đề xuất", "nộp hồ sơ")
	// rateCues name a rate: "đạt X%" after one is its level
	rateCues = folded("tỷ lệ", "tỉ lệ")
	// wholeYear before a figure dates it to the whole year of its context
	wholeYear = folded("cả năm", "năm nay", "cuối năm", "đến cuối năm", "hết năm")
	// joinedPairs are phrases whose comma does not end a clause
	joinedPairs = folded("học sinh, sinh viên", "sinh viên, học viên", "xây mới, sửa chữa", "xây dựng, sửa chữa", "nông, lâm nghiệp", "nông, lâm, thủy sản", "nông, lâm, ngư nghiệp",
		"tư vấn, giới thiệu", "hộ nghèo, hộ cận nghèo", "hộ nghèo, cận nghèo", "xã, phường", "huyện, thị xã",
		"thăm, tặng quà", "thăm, trao quà", "thăm hỏi, tặng quà", "thăm hỏi, trao quà", // "3,2 tỷ đồng để thăm, tặng quà …"
		"sửa chữa, nâng cấp", "khám, chữa bệnh")
	// levelWords between a cue and a figure make it a level even after
	// "giảm": "giảm tỷ lệ hộ nghèo xuống còn 2%"
	levelWords = folded("còn", "xuống", "xuống còn", "ở mức", "là")
	// rateWords in the clause before a sum of money make it a rate, not a
	// total: "mức chuẩn trợ cấp … được điều chỉnh lên 2.055.000 đồng"
	rateWords = folded("mức", "định mức")
	// packageWords just before a sum of money make it the size that names
	// a package, not money paid: "triển khai gói hỗ trợ 62 nghìn tỷ đồng"
	packageWords = folded("gói", "gói hỗ trợ", "gói an sinh", "gói an sinh xã hội")
	// pastWords mark a sentence that reports results.
	// ("hiện" alone is also the end of "thực hiện": it counts only opening
	// a clause, see kindFor)
	pastWords = folded("đã", "hiện nay", "hiện có")
	// nationalWords make a figure national.
	nationalWords = folded("cả nước", "toàn quốc", "nước ta")
	// nationalYardsticks before a national word make it a comparison
	nationalYardsticks = folded("bình quân", "trung bình", "so với", "so", "của", "thứ", "đứng đầu", "dẫn đầu", "cao hơn", "thấp hơn")
	// partWords open a breakdown: a figure after them is a part, not the total.
	partWords = folded("trong đó", "trong số đó", "bao gồm")
	// perYearWords before a figure make it an average per year ("bình
	// quân mỗi năm" and "trung bình mỗi năm" hold one of them).
	perYearWords = folded("bình quân", "mỗi năm")
	// fromToWords after a percent that follows "từ" make it the level
	// before a change: "từ 4,24% xuống còn 3,28%"
	fromToWords = folded("xuống", "lên", "đến")
	// pointWords before a period make it a point in time.
	pointWords = folded("đến hết", "tính đến", "tính đến hết", "đến cuối", "tính đến cuối", "đến ngày", "tính đến ngày")
	// strongComparison make a period a base of comparison with up to two
	// words between them and it (the other comparison words, up to one)
	strongComparison = folded("so với", "cùng kỳ")
	// comparedSuffixes ending the text before a heading's period make it a
	// base of comparison, not the article's own period (raw lower-case text)
	comparedSuffixes = []string{"so với", "cùng kỳ", "so"}
	// untilNow in a period's text end it at the publication date: "từ đầu
	// năm đến nay" (raw lower-case text)
	untilNow = []string{"đến nay", "tới nay"}
	// datingWords may stand between a figure and the period that dates it:
	// "3,9% vào cuối năm 2025"
	datingWords = []string{"vào", "đến"}
	// spanFollowers after "N tháng" or "N năm" in a headline make it no
	// span up to the publication date ("6 tháng đầu năm" is read by
	// normalize)
	spanFollowers = []string{"đầu", "qua"}
	// leavingCueParts in a cue's text say "left" ("thoát nghèo", "ra khỏi
	// danh sách hộ nghèo", "vượt chuẩn nghèo"): the figure is a change
	// (raw text of the declaration)
	leavingCueParts = []string{"giảm", "thoát", "ra khỏi", "vượt chuẩn", "vượt qua ngưỡng", "vượt ngưỡng"}
)

const (
	// exceedPrefix opens a percent over a plan: "vượt 12,5% kế hoạch" is
	// 112,5% of it (normalize reads "vượt" as the qualifier over).
	exceedPrefix = "vượt"
	// apartWord opens a clause on a part: "riêng khu vực thành thị là 2,73%".
	apartWord = "riêng"
	// fromWord before the level a change starts from: "từ 4,24% xuống …".
	fromWord = "từ"
)

// A document is the state of Extract over one article. Its first fields
// are read once by newDocument; the others are the running state of the
// reading, kept by sentence (figure.go) at three levels: the text so far,
// the current paragraph, and the current sentence.
type document struct {
	doc        corpus.Document
	text       string
	tk         *normalize.Tokenized // the text split once; released by Extract
	toks       []normalize.Token
	mentions   []normalize.Mention
	hits       hitCache    // the phrases of the engine's index in the current sentence (engine.hits)
	sentRegion regionCache // whether the current sentence speaks of the whole country (speaksOfCountry)
	targets    targetCache // the target cues of the current sentence (targetEnd)
	sents      []sentence
	published  string
	dateline   dateline  // the date the document states as its own (scope.go)
	ref        time.Time // what partial periods resolve against: the dateline's date
	region     string
	places     []placeMention // the provinces named as evidence (placeMentions)
	national   bool           // the article reports the whole country (its heading says so)
	title      string         // the title period
	titleHead  bool           // title was read from the heading, not from the lead paragraph

	// the text so far: set by startSentence
	govPeriod string // the period set by the last governing sentence
	govTok    int    // its token, or -1
	govKind   Kind   // and whether it set a target

	// the current paragraph: reset by startParagraph, set by endSentence
	paraLine               int    // the line of the current paragraph
	paraPer                string // the last period of the current paragraph
	paraGov                string // the governing period of the current paragraph
	paraPerTok, paraGovTok int    // their tokens, or -1

	explainOn bool // fill the records' KindFrom and PeriodFrom (Options.Explain)

	// the current sentence: set by startSentence
	pers     []periodAt // the current sentence's periods
	gov      periodAt   // its governing period; tok is -1 when it has none
	lastRate int        // the indicator (index in All) of the sentence's last rate, or -1; set by records
	prevRate *Record    // the last rate record of the current ";"-segment after its last count, or nil; set by records

	heads    []heading   // the heading lines of the body (scope.go)
	listEnds []int       // the end of each sentence with the list items after it (listEnd), found once
	frames   []frameSpan // the frames of FrameRules found in the text (frame.go)
	frameOf  []int32     // the frame governing each token (index in frames), or -1; nil with no frames
}

// A sentence is a span of the text with its token range.
type sentence struct {
	start, end int // bytes
	a, b       int // tokens
	line       int // index of its paragraph (line) in the text
}

func newDocument(doc corpus.Document) *document {
	d := &document{doc: doc, text: doc.Text}
	d.tk = normalize.Tokenize(d.text) // split once: scanned and matched below
	d.toks = d.tk.Tokens()
	d.dateline = readDateline(doc.Published, doc.Blocks, d.tk)
	d.ref = d.dateline.ref
	if len(d.dateline.value) >= 10 {
		d.published = d.dateline.value // a month alone is no date for the published field
	}
	// a period mention the publication date does not resolve (Str "") is
	// read by nothing here yet: extract reads periods from Str
	d.mentions = slices.DeleteFunc(d.tk.Scan(normalize.Options{Ref: d.ref}), unresolved)
	line := 0
	prevEnd := 0
	for _, sp := range normalize.Sentences(d.text) {
		line += strings.Count(d.text[prevEnd:sp.Start], "\n")
		prevEnd = sp.Start
		s := sentence{start: sp.Start, end: sp.End, line: line}
		s.a = sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= sp.Start })
		s.b = sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= sp.End })
		d.sents = d.appendCut(d.sents, s)
	}
	d.heads = d.findHeadings()
	d.frames = d.frameSpans()
	d.paintFrames()
	d.title = d.titlePeriod()
	d.places = placeMentions(d.toks, d.captionSpans())
	var title []normalize.Token
	if doc.Title != "" {
		title = normalize.Tokens(doc.Title)
	}
	tp := placeMentions(title, nil)
	d.region = findRegion(title, tp, d.toks, d.places, d.lead())
	d.national = isNational(title, tp, d.toks, d.places, headingEnd(d.text))
	if aboutArea(title, tp, d.toks, d.places, d.region) {
		d.region, d.national = "", false
	}
	d.govKind = Actual
	d.govTok, d.paraPerTok, d.paraGovTok = -1, -1, -1
	return d
}

// lead returns the tokens of the article's lead: its first sentence after
// the heading lines (headingEnd).
func (d *document) lead() [2]int {
	h := headingEnd(d.text)
	for _, s := range d.sents {
		if s.start >= h && s.a < s.b {
			return [2]int{s.a, s.b}
		}
	}
	return [2]int{}
}

// maxSentenceTokens bounds the tokens of a sentence. No sentence of real
// text comes near it (the longest of the dev, sample, seed and news
// articles has under 300); a longer span is a text with no sentence end (a
// list of figures on one line), cut by appendCut so that the work per
// figure, which scans its sentence, stays bounded and a document's is
// linear in its length.
const maxSentenceTokens = 400

// appendCut appends sentence s to out, cut into pieces of at most
// maxSentenceTokens tokens when it is longer: each piece ends at its last
// ";", else its last ",", else at the bound.
func (d *document) appendCut(out []sentence, s sentence) []sentence {
	for s.b-s.a > maxSentenceTokens {
		cut := -1 // the last token of the piece
		for _, sep := range []string{";", ","} {
			for k := s.a + maxSentenceTokens - 1; k > s.a && cut < 0; k-- {
				if d.toks[k].Punct && d.toks[k].Norm == sep {
					cut = k
				}
			}
		}
		if cut < 0 {
			cut = s.a + maxSentenceTokens - 1
		}
		piece := s
		piece.b, piece.end = cut+1, d.toks[cut].End
		out = append(out, piece)
		s.a, s.start = cut+1, d.toks[cut+1].Start
	}
	return append(out, s)
}

// titlePeriod returns the first period of the article's heading: the
// document title when the input gives one, and the lines before the first
// long paragraph (breadcrumb, headline, date line), at most eight.
func (d *document) titlePeriod() string {
	d.titleHead = true
	span := headingSpan(d.text)
	end := span - 1 // where the heading lines end in d.text
	var head string
	if d.doc.Title != "" {
		head = d.doc.Title + "\n" + d.text[:min(span, len(d.text))]
		if span > len(d.text) {
			head += "\n" // the heading is the whole text, its last line unended
		}
	}
	// with no title, the head's mentions are those of the text's first
	// lines: the text's own, unless one runs past the heading's end (then
	// they are read again from its tokens, only as far as needed)
	own := d.mentionsIn(0, max(end, 0))
	mentions := slices.Values(own)
	if k := len(own); k < len(d.mentions) && d.mentions[k].Start < end {
		mentions = d.tk.Mentions(max(end, 0), normalize.Options{Ref: d.ref})
	}
	src := d.text
	if d.doc.Title != "" {
		mentions = slices.Values(normalize.Scan(head, normalize.Options{Ref: d.ref}))
		src = head
	}
	for m := range mentions {
		if m.Kind == normalize.PeriodKind && m.Str != "" && !strings.Contains(m.Str, "/") && !comparedTo(src[:m.Start]) {
			return m.Str
		}
	}
	// a headline's bare span: "Kiên Giang: 9 tháng, 2.136 hộ thoát nghèo",
	// "Hà Giang: 5 năm giảm 37.150 hộ nghèo"
	htoks := d.toks[:d.tokAt(max(end, 0))]
	if d.doc.Title != "" {
		htoks = normalize.Tokens(head)
	}
	if p := spanBefore(htoks, d.ref); p != "" {
		return p
	}
	// a Tết programme: "chăm lo Tết Quý Mão" is of 2023
	if p := tetYear(htoks, d.ref); p != "" {
		return p
	}
	// no period in the heading: the first one of the lead paragraph's
	// first sentence ("Sau 3 năm (2022 - 2024) triển khai …")
	d.titleHead = false
	for _, s := range d.sents {
		if s.start < end || s.end-s.start < 80 {
			continue
		}
		for _, m := range d.mentionsIn(s.start, s.end) {
			// a base of comparison ("so với mục tiêu giai đoạn 2011 -
			// 2015") or the date of a level before a change ("từ 7,19%
			// năm 2015") is not the report's own period
			if m.Kind == normalize.PeriodKind && m.Str != "" && !comparedTo(d.text[:m.Start]) &&
				!d.isComparison(d.tokAt(m.Start), s.a) && !d.followsFigure(d.tokAt(m.Start)) {
				return m.Str
			}
		}
		break
	}
	return ""
}

// spanBefore reads the first "N tháng" or "N năm" of a headline as the
// span that ends at the publication date ref: the first N months of its
// year, or the N years up to it (up to the year before, early in a year).
func spanBefore(toks []normalize.Token, ref time.Time) string {
	if ref.IsZero() {
		return ""
	}
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].Number {
			continue
		}
		n, err := strconv.Atoi(toks[i].Norm)
		if err != nil {
			continue
		}
		next := toks[i+1].Norm
		if i+2 < len(toks) && (slices.Contains(spanFollowers, toks[i+2].Norm) || toks[i+2].Number) {
			continue // "6 tháng đầu năm" is read by normalize; "3 tháng 9" is a date
		}
		y := ref.Year()
		switch {
		case next == "tháng" && n >= 1 && n <= int(ref.Month()):
			return monthsOf(y, n)
		case next == "năm" && n >= 2 && n <= 10:
			if ref.Month() <= 3 {
				y--
			}
			return strconv.Itoa(y-n+1) + "/" + strconv.Itoa(y)
		}
	}
	return ""
}

// monthsOf writes the first n months of year y as a period of
// spec/records.md: a quarter, a half, the year, or a span of months.
func monthsOf(y, n int) string {
	ys := strconv.Itoa(y)
	switch n {
	case 3:
		return ys + "-Q1"
	case 6:
		return ys + "-H1"
	case 12:
		return ys
	}
	return fmt.Sprintf("%s-01/%s-%02d", ys, ys, n)
}

// comparedTo reports whether text before a period ends with a word of
// comparison ("so với", "cùng kỳ"): the period is then a base, not the
// article's own.
func comparedTo(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " \t"))
	for _, w := range comparedSuffixes {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of the strings.
func containsAny(s string, list []string) bool {
	for _, w := range list {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// unresolved reports whether m is a period mention with no value: one the
// publication date does not resolve, or a relative form only m.Per
// describes ("năm qua", "cùng kỳ").
func unresolved(m normalize.Mention) bool {
	return m.Kind == normalize.PeriodKind && m.Str == ""
}

// mentionsIn returns the mentions within bytes [start, end).
func (d *document) mentionsIn(start, end int) []normalize.Mention {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Start >= start })
	j := i
	for j < len(d.mentions) && d.mentions[j].End <= end {
		j++
	}
	visit(j - i)
	return d.mentions[i:j]
}

// tokAfter is tokAt for an offset at or after the start of token k: it
// walks forward from k, which is cheaper than a search when the answer is
// a few tokens away, as a figure's tokens are from its sentence's start
// or its first token. Any other k falls back on tokAt.
func (d *document) tokAfter(k, off int) int {
	if k < 0 || k >= len(d.toks) || d.toks[k].Start > off || off-d.toks[k].Start > 512 {
		return d.tokAt(off)
	}
	for k < len(d.toks) && d.toks[k].Start < off {
		k++
	}
	return k
}

// tokAt returns the index of the token that starts at or after byte off.
func (d *document) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
}

// isComparison reports whether the period mention starting at token i is a
// base of comparison ("so với năm 2020", "cùng kỳ năm 2019").
func (d *document) isComparison(i, floor int) bool {
	for k := 1; k <= 3 && i-k >= floor; k++ {
		if endsWith(d.toks, i-k+1, comparison) && k <= 2 {
			return true
		}
		if endsWith(d.toks, i-k+1, strongComparison) {
			return true
		}
	}
	return false
}

// A periodAt is a period mention with its token index.
type periodAt struct {
	value string
	tok   int
	// point marks a point in time ("đến hết tháng 9/2022"): it dates the
	// stocks of its own sentence but does not govern the sentences after.
	point bool
	// bracket marks a period inside brackets: "(kế hoạch năm 2026 là …)"
	// dates what is in them, not the figures after.
	bracket bool
}

// inBrackets reports whether token i stands inside brackets opened at or
// after token floor.
func (d *document) inBrackets(i, floor int) bool {
	visit(i - floor)
	for k := i - 1; k >= floor; k-- {
		if d.toks[k].Punct {
			switch d.toks[k].Norm {
			case "(":
				return true
			case ")":
				return false
			}
		}
	}
	return false
}

// periods lists the non-comparison periods among ms.
func (d *document) periods(ms []normalize.Mention, floor int) []periodAt {
	var out []periodAt
	visit(len(ms))
	for _, m := range ms {
		if m.Kind != normalize.PeriodKind || strings.HasPrefix(m.Str, "--") {
			continue
		}
		t := d.tokAt(m.Start)
		if d.isComparison(t, floor) {
			continue
		}
		v := m.Str
		// "từ đầu năm đến nay" ends at the publication date, which is
		// seldom the end of the reported span: the report's own period of
		// that year (from its heading) is the better reading
		lower := strings.ToLower(m.Text)
		if containsAny(lower, untilNow) {
			for _, own := range []string{d.title, d.govPeriod} {
				if len(own) >= 4 && strings.HasPrefix(v, own[:4]+"-01") && periodYear(own) > 0 && yearOf(own) == own[:4] {
					v = own
					break
				}
			}
		}
		out = append(out, periodAt{value: v, tok: t, point: endsWith(d.toks, t, pointWords), bracket: d.inBrackets(t, floor)})
	}
	return out
}

// clauseBounds returns the tokens [a, b) of the clause around token i
// within [lo, hi): bounded by commas, semicolons and brackets.
func (d *document) clauseBounds(i, lo, hi int, seps string) (int, int) {
	a := i
	for a > lo && !(d.toks[a-1].Punct && inSeps(seps, d.toks[a-1].Norm)) {
		a--
	}
	b := i
	for b < hi && !(d.toks[b].Punct && inSeps(seps, d.toks[b].Norm)) {
		b++
	}
	visit(b - a)
	return a, b
}

// inSeps is strings.Contains(seps, w), without the call for the usual
// one-byte punctuation mark.
func inSeps(seps, w string) bool {
	if len(w) == 1 {
		return strings.IndexByte(seps, w[0]) >= 0
	}
	return strings.Contains(seps, w)
}

// yearOf returns the year of a period ("2020-H1" → "2020").
func yearOf(p string) string {
	if len(p) >= 4 && !strings.Contains(p, "/") {
		return p[:4]
	}
	// "2022-01/2022-05" → "2022"; "2016/2020" stays
	if a, b, ok := strings.Cut(p, "/"); ok && len(a) == 7 && len(b) == 7 && a[:4] == b[:4] {
		return a[:4]
	}
	return p
}

// lastYear returns the last year of a period ("2021/2025" → 2025), or 0.
func lastYear(p string) int {
	if _, b, ok := strings.Cut(p, "/"); ok {
		return periodYear(b)
	}
	return periodYear(p)
}

// periodYear returns the first year of a period, or 0.
func periodYear(p string) int {
	if len(p) < 4 {
		return 0
	}
	y, err := strconv.Atoi(p[:4])
	if err != nil {
		return 0
	}
	return y
}

// monthRange returns the months a period covers, as year*12+month-1, or
// ok false for a string that is not a period.
func monthRange(p string) (first, last int, ok bool) {
	if a, b, found := strings.Cut(p, "/"); found {
		f, _, ok1 := monthRange(a)
		_, l, ok2 := monthRange(b)
		return f, l, ok1 && ok2
	}
	y := periodYear(p)
	if y == 0 {
		return 0, 0, false
	}
	base := y * 12
	switch rest := p[4:]; {
	case rest == "":
		return base, base + 11, true
	case rest == "-H1":
		return base, base + 5, true
	case rest == "-H2":
		return base + 6, base + 11, true
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		q := int(rest[2] - '1')
		return base + 3*q, base + 3*q + 2, true
	case len(rest) == 3 && rest[0] == '-':
		m, err := strconv.Atoi(rest[1:])
		if err != nil || m < 1 || m > 12 {
			return 0, 0, false
		}
		return base + m - 1, base + m - 1, true
	}
	return 0, 0, false
}

// strictlyInside reports whether period p covers only months of outer,
// and fewer of them, outer being at most a year.
func strictlyInside(p, outer string) bool {
	if yearOf(outer) != outer[:min(4, len(outer))] {
		return false // a term of years: its years are reports of their own
	}
	pf, pl, ok1 := monthRange(p)
	of, ol, ok2 := monthRange(outer)
	return ok1 && ok2 && pf >= of && pl <= ol && (pf != of || pl != ol)
}
