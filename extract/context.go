package extract

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
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
	// wholeWords name the whole province after a part of it ("khu vực đô
	// thị dưới 4%, toàn tỉnh dưới 3%"): right before a rate, it is still
	// the rate ("…, toàn tỉnh có 95% số xã …" is another)
	wholeWords = folded("toàn tỉnh", "toàn thành phố", "toàn thành", "cả tỉnh", "chung toàn tỉnh",
		"trên địa bàn tỉnh", "trên địa bàn thành phố", "toàn huyện")
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
	// "giảm": "giảm tỷ lệ hộ nghèo xuống còn 2%" ("là" is none: it
	// introduces changes as well, "giảm tỷ lệ hộ nghèo năm 2023 là 0,5%")
	levelWords = folded("còn", "xuống", "xuống còn", "ở mức")
	// changeEnds between a change word and a figure end the change's
	// reach (changeBefore): the figure is the level reached ("giảm … xuống
	// còn 2%", "tăng nhanh, đạt 68%") or a count of whom the change is
	// for ("giảm tiền thuê đất cho 120 doanh nghiệp"); "đạt" or "được"
	// right after the change word does not ("giảm đạt 1,3%"); "và" and
	// "được" open another predicate ("giảm dần qua các năm và năm 2023 là
	// 2,1%", "lao động tăng thêm được giải quyết việc làm là 25.000
	// người")
	changeEnds = folded("còn", "xuống", "lên", "ở mức", "đến", "tới", "cho", "với", "đạt", "và", "được")
	// notChangeAfter follow "tăng" or "giảm" in another word: "tăng
	// cường", "tăng trưởng", "giảm nghèo", "giảm thiểu", "tăng ca"
	notChangeAfter = []string{"cường", "trưởng", "nghèo", "thiểu", "ca"}
	// comparatives before a figure in its clause make it a difference
	// between two figures, not a level: "cao hơn mức chung của vùng 3,5%",
	// "nhiều hơn năm trước 1.200 người" (changeBefore: a difference)
	comparatives = folded("cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "chênh lệch")
	// fallComparatives open the comparatives that, against an earlier
	// time, state a fall: "thấp hơn 0,42 điểm % so với cuối năm 2022"
	fallComparatives = []string{"thấp", "ít"}
	// timeBases after a figure make it a comparison with an earlier time
	// of the same thing: "thấp hơn 1,2% so với đầu kỳ"
	timeBases = folded("cùng kỳ", "năm trước", "năm ngoái", "so với năm", "so với cuối năm", "so với đầu năm",
		"so với đầu kỳ", "so với đầu giai đoạn", "so với thời điểm", "so với cùng kỳ", "so với tháng", "so với quý")
	// restateWords before a figure make it the figure before it in
	// another unit: "giảm 1.250 hộ nghèo, tương đương 0,8%" is a change
	// like the count it restates (restatesChange)
	restateWords = folded("tương đương", "tương đương với", "tương ứng", "tương ứng với")
	// rateWords in the clause before a sum of money make it a rate, not a
	// total: "mức chuẩn trợ cấp … được điều chỉnh lên 2.055.000 đồng"
	rateWords = folded("mức", "định mức")
	// packageWords just before a sum of money make it the size that names
	// a package, not money paid: "triển khai gói hỗ trợ 62 nghìn tỷ đồng"
	packageWords = folded("gói", "gói hỗ trợ", "gói an sinh", "gói an sinh xã hội")
	// goalWords between a result and a figure with no cue of its own make
	// the figure the goal the result met: "giảm bình quân 1,2%/năm, vượt
	// mục tiêu giảm 1%/năm" (goalOfPrev)
	goalWords = folded("vượt mục tiêu", "vượt chỉ tiêu", "đạt mục tiêu", "hoàn thành mục tiêu", "hoàn thành chỉ tiêu", "vượt kế hoạch",
		"cao hơn mục tiêu", "thấp hơn mục tiêu")
	// thisFigure open a sentence or clause that speaks of the figure
	// before it: "Con số này vượt 3,3% so với kế hoạch", "Con số này
	// của cả năm 2022 là 4.870 người" (refersBack)
	thisFigure = folded("số liệu này", "con số này", "kết quả này", "số lượng này")
	// leftoverWords just before a sum of money make it what is left, not
	// money spent or raised: "còn dư 2,1 tỷ đồng sau khi chi trả"
	leftoverWords = folded("còn dư", "số dư", "tồn dư", "dư")
	// pastWords mark a sentence that reports results.
	// ("hiện" alone is also the end of "thực hiện": it counts only opening
	// a clause, see kindFor)
	pastWords = folded("đã", "hiện nay", "hiện có")
	// nowWords date a figure to the time of writing.
	nowWords = folded("tính đến nay", "đến nay", "hiện tại", "mới có")
	// eachWords right before a sum make it an amount for each: "mỗi suất
	// 500.000 đồng".
	eachWords = folded("mỗi", "từng")
	// foreignPlaces name other countries and their groupings: a rate said
	// of one is no Vietnamese indicator ("tỷ lệ thất nghiệp của Mỹ").
	// (not words that are also syllables of common words: "pháp" in
	// "biện pháp", "đức" in "đạo đức")
	foreignPlaces = []string{"mỹ", "hoa kỳ", "nhật bản", "trung quốc", "hàn quốc", "châu âu", "eu", "eurozone", "khu vực đồng euro",
		"hy lạp", "tây ban nha", "italy", "italia", "ấn độ", "thái lan", "singapore", "malaysia",
		"philippines", "indonesia", "australia", "canada", "brazil", "thế giới", "toàn cầu"}
	// tetWord is the word "Tết" alone.
	tetWord = folded("tết")
	// joinWords join two items of a list of actions or groups.
	joinWords = folded("và")
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
	// completeWords before a plan named by its year make the year the
	// plan's: "hoàn thành các chỉ tiêu kế hoạch năm 2019"
	completeWords = folded("hoàn thành", "hoàn thành vượt")
	// stockIDs are the count indicators whose figures are stocks at a
	// time, not flows over a period: a plan's "còn dưới 2.000 hộ nghèo"
	// by the end of its term is that year's level
	stockIDs = []string{"poverty.poor_households", "poverty.near_poor_households", "social_insurance.participants"}
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
	leavingCueParts = []string{"giảm", "thoát", "ra khỏi", "vượt chuẩn", "vượt ngưỡng", "vượt qua ngưỡng"}
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
	sentOwner  ownerCache  // the other country that owns what the current sentence speaks of (sentCountry)
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
	term       string         // the term of years the heading or lead names ("giai đoạn 2021 - 2025"), or ""
	titlePlan  bool           // title was read from the lead, where a target cue stands before it
	yearsSoFar []yearSoFar    // where the latest year stated so far rises, in text order

	// the text so far: set by startSentence
	govPeriod string            // the period set by the last governing sentence
	govTok    int               // its token, or -1
	govKind   Kind              // and whether it set a target
	lastPer   string            // the last period the text stated, of any kind but a relative one
	lastPerAt int               // the sentence that stated lastPer
	lastDate  bool              // lastPer is a point date's ("tính đến ngày 30/6/2024")
	lastTet   string            // the year of the last Tết the text named ("Tết Đinh Dậu": 2017)
	tetNamed  string            // the one Tết the article names, read by namedTet
	tetRead   bool              // tetNamed is read
	titleToks []normalize.Token // the tokens of the document's title, when the input gives one
	sep       []sepSet          // by token: the clause separator it is, if any (clauseBounds)
	article   []int8            // by Article list (articleLists): whether the article says one of its phrases (1), not (-1), or not yet read (0)

	// the current paragraph: reset by startParagraph, set by endSentence
	paraLine               int     // the line of the current paragraph
	paraPer                string  // the last period of the current paragraph
	paraPerDate            bool    // paraPer is a point date's
	paraPerPlan            bool    // paraPer was read in a sentence with a target cue
	paraGovPlan            bool    // and paraGov
	sentPlan               bool    // the current sentence has a target cue before its first figure
	paraGov                string  // the governing period of the current paragraph
	paraUndated            bool    // the paragraph is governed by the undated year of writing (periodAt.undated)
	paraPerTok, paraGovTok int     // their tokens, or -1
	paraDated              bool    // a period other than a point date stood in the paragraph
	paraCount              *Record // the last count record of the current paragraph, or nil (what "con số này" names)

	explainOn bool // fill the records' KindFrom and PeriodFrom (Options.Explain)
	// ctxSays holds, for the paragraph on line ctxLine, whether each list
	// of contextLists stands in it or the title (1), or not (-1)
	ctxLine int
	ctxSays []int8
	ctxHead []int8 // the same for the head of the text, read once

	// the current sentence: set by startSentence
	pers     []periodAt // the current sentence's periods
	persBuf  []periodAt // the memory of pers, reused by periods
	gov      periodAt   // its governing period; tok is -1 when it has none
	lastRate int        // the indicator (index in All) of the sentence's last rate, or -1; set by records
	prevRate *Record    // the last rate record of the current ";"-segment after its last count, or nil; set by records
	si       int        // the index of the current sentence in sents
	last     lastFigure // the last record read (anaphora.go); set by records
	// the last record that is no part of one before it ("trong đó …"); set by classify
	lastWhole lastFigure
	// beforeMention is the last record of the segment before the current
	// mention (prevRate, else the last count), or nil; set by records
	beforeMention *Record
	// rateBeforeMention is the last rate record of the sentence before the
	// current mention, past a ";" too, or nil; set by records
	rateBeforeMention *Record
	// fromPeriod is the period stated for the last level a change starts
	// from in the current sentence ("từ 6,8% năm 2015"), or ""; set by
	// date
	fromPeriod string

	heads    []heading   // the heading lines of the body (scope.go)
	listEnds []int       // the end of each sentence with the list items after it (listEnd), found once
	frames   []frameSpan // the frames of FrameRules found in the text (frame.go)
	// segFrames are the frames of AtSegment rules, by phrase start: read
	// by segmentFrame, not painted
	segFrames []frameSpan
	// anchor is the first single year the text states (statedYear): with
	// no date line, a Tết named by stem and branch is dated by it
	anchor  int
	frameOf []int32 // the frame governing each token (index in frames), or -1; nil with no frames

	scratch *scratch // working memory, from scratchPool
}

// A sentence is a span of the text with its token range.
type sentence struct {
	start, end int // bytes
	a, b       int // tokens
	line       int // index of its paragraph (line) in the text
}

// A scratch holds working memory that a document's reading needs only
// while it lasts, handed from document to document (scratchPool): the
// frames' painting list, the phrases of the frame rules found, the
// sentence's phrases (hitCache).
type scratch struct {
	next      []int32
	frameHits []hitAt
	hits      []hit
}

// scratchPool holds the scratch of the documents read; Extract returns
// its document's.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func newDocument(doc corpus.Document) *document {
	d := &document{doc: doc, text: doc.Text, last: lastFigure{ind: -1}, lastWhole: lastFigure{ind: -1}}
	d.scratch = scratchPool.Get().(*scratch)
	d.hits.list = d.scratch.hits[:0]
	d.tk = normalize.Tokenize(d.text) // split once: scanned and matched below
	d.toks = d.tk.Tokens()
	d.sep = make([]sepSet, len(d.toks))
	for k := range d.toks {
		if d.toks[k].Punct {
			d.sep[k] = sepBit(d.toks[k].Norm)
		}
	}
	d.dateline = readDateline(doc.Published, doc.Blocks, d.tk)
	if d.dateline.value == "" && doc.PublishedElse != "" {
		d.dateline = dateline{value: doc.PublishedElse, ref: parseRef(doc.PublishedElse), from: "the date given for it"}
	}
	d.ref = d.dateline.ref
	if len(d.dateline.value) >= 10 {
		d.published = d.dateline.value // a month alone is no date for the published field
	}
	// a period mention the publication date does not resolve (Str "") is
	// kept when its Per says what it is: periods resolves it in its
	// context (relative); "năm qua" and a Tết named by stem and branch are
	// resolved here first (relativeAt)
	d.mentions = d.tk.Scan(normalize.Options{Ref: d.ref})
	d.anchor = statedYear(d.mentions)
	for i := range d.mentions {
		d.mentions[i].Str = relativeAt(d.mentions[i], d.ref, d.anchor)
	}
	d.mentions = slices.DeleteFunc(d.mentions, unresolved)
	latest := 0
	for _, m := range d.mentions {
		if m.Kind == normalize.PeriodKind && m.Per.Year != 0 && m.Per.Grain != normalize.GrainTerm && int(m.Per.Year) > latest {
			latest = int(m.Per.Year)
			d.yearsSoFar = append(d.yearsSoFar, yearSoFar{m.Start, latest})
		}
	}
	line := 0
	prevEnd := 0
	spans := normalize.Sentences(d.text)
	d.sents = make([]sentence, 0, len(spans)+len(spans)/8) // (a long one is cut in pieces)
	for _, sp := range spans {
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
	d.term = d.headTerm()
	d.places = placeMentions(d.toks, d.captionSpans())
	var title []normalize.Token
	if doc.Title != "" {
		title = normalize.Tokens(doc.Title)
	}
	d.titleToks = title
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
	// a headline on Tết gifts with no year: the Tết of the date line's season
	if p := tetSeason(htoks, d.ref); p != "" {
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
				d.titlePlan = d.targetBefore(s.a, d.tokAt(m.Start))
				return m.Str
			}
		}
		// a Tết programme with no year in its head or lead ("trao quà
		// Tết cho …"): the Tết of the date line's season
		if p := tetSeason(d.toks[:s.b], d.ref); p != "" {
			return p
		}
		break
	}
	return ""
}

// headTerm returns the first term of years ("2021/2025") that the heading
// lines or the lead's first sentence state, other than a base of
// comparison or the span of a standard ("chuẩn nghèo giai đoạn
// 2022-2025"), or "".
func (d *document) headTerm() string {
	// the document's own title, when the input gives one: "Kế hoạch giải
	// quyết việc làm giai đoạn 2026 - 2030"
	if d.doc.Title != "" {
		for _, m := range normalize.Scan(d.doc.Title, normalize.Options{Ref: d.ref}) {
			if m.Kind == normalize.PeriodKind && yearSpan(m.Str) && !comparedTo(d.doc.Title[:m.Start]) {
				return m.Str
			}
		}
	}
	end := headingEnd(d.text)
	if l := d.lead(); l[1] > l[0] {
		end = max(end, d.toks[l[1]-1].End)
	}
	for _, m := range d.mentionsIn(0, end) {
		if m.Kind == normalize.PeriodKind && yearSpan(m.Str) && !d.isComparison(d.tokAt(m.Start), 0) {
			return m.Str
		}
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
	case 1:
		return ys + "-01"
	}
	return fmt.Sprintf("%s-01/%s-%02d", ys, ys, n)
}

// comparedTo reports whether text before a period ends with a word of
// comparison ("so với", "cùng kỳ"): the period is then a base, not the
// article's own.
func comparedTo(before string) bool {
	before = strings.TrimRight(before, " \t")
	// only its end can hold a suffix: lower-case the last bytes, from a
	// rune's start (a rune lowers to one of at least a quarter its bytes)
	keep := 64
	for _, w := range comparedSuffixes {
		keep = max(keep, 4*len(w)+4)
	}
	if k := len(before) - keep; k > 0 {
		for k < len(before) && before[k]&0xC0 == 0x80 {
			k++
		}
		before = before[k:]
	}
	before = strings.ToLower(before)
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

// figureInClauseAfter reports whether a figure follows the period at
// token i before the end of its comma clause, within a few words.
func (d *document) figureInClauseAfter(i int) bool {
	for k := i + 1; k < len(d.toks) && k < i+planFigureWords; k++ {
		t := d.toks[k]
		if t.Punct && (t.Norm == "," || t.Norm == ";" || t.Norm == ".") || t.Newline {
			return false
		}
		if t.Number && k > i+2 {
			return true
		}
	}
	return false
}

// planFigureWords bounds how far after a plan's period its figure may
// stand.
const planFigureWords = 14

// relativeAt returns the Str of period mention m, with two relative forms
// resolved that normalize leaves to the caller:
//   - "năm qua" (the year just ended) against the publication date ref: a
//     year-end review in December and one in January both mean the year
//     that ends or has just ended. Without a date it stays unresolved: a
//     stated year in the text may be a plan's ("Năm 2026, phấn đấu …"),
//     not the one under review;
//   - a Tết named by stem and branch ("Tết Đinh Dậu"), against ref, or
//     with no date the year of that name nearest anchor, the first year
//     the text states: the name recurs every sixty years, the article's
//     own years tell which; with none, the one of 2000–2059.
func relativeAt(m normalize.Mention, ref time.Time, anchor int) string {
	p := m.Per
	if m.Kind != normalize.PeriodKind || m.Str != "" || p.Comparison || p.Grain != normalize.GrainYear {
		return m.Str
	}
	if p.Year != 0 {
		return p.String() // "Tết Nhâm Dần 2022": the name and its year
	}
	switch {
	case p.Rel == normalize.PastYear && !ref.IsZero():
		return p.Resolve(ref).String()
	case p.Cycle != 0 && !ref.IsZero():
		return p.Resolve(ref).String()
	case p.Cycle != 0 && anchor > 0:
		return p.Unify(normalize.Period{Grain: normalize.GrainYear, Year: int16(anchor)}).String()
	case p.Cycle != 0:
		// nothing in the text dates it: the year of that name in this
		// century's reports (2000–2059), "Tết Ất Tỵ" 2025, not 1965
		return p.Unify(normalize.Period{Grain: normalize.GrainYear, Year: cycleCentre}).String()
	}
	return m.Str
}

// cycleCentre is the year whose nearest namesake a stem-and-branch year
// with no other evidence is: the names of 2000 to 2059 are nearest it.
const cycleCentre = 2029

// isTet reports whether m names a Tết ("Tết Giáp Thìn", "Tết Nguyên đán
// 2024").
func isTet(m normalize.Mention) bool {
	return m.Per.Cycle != 0 || len(m.Text) >= len("tết") && strings.EqualFold(m.Text[:len("tết")], "tết")
}

// statedYear returns the year of the first period mention in ms that
// states a single year, or 0.
func statedYear(ms []normalize.Mention) int {
	for _, m := range ms {
		if m.Kind == normalize.PeriodKind && m.Per.Year != 0 && m.Per.Grain != normalize.GrainTerm {
			return int(m.Per.Year)
		}
	}
	return 0
}

// unresolved reports whether m is a period mention with no value and no
// Per to resolve it from.
func unresolved(m normalize.Mention) bool {
	return m.Kind == normalize.PeriodKind && m.Str == "" && m.Per.IsZero()
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
// base of comparison ("so với năm 2020", "cùng kỳ năm 2019"), or the
// period of the plan a percent attains ("đạt 60% kế hoạch cả năm": the
// figure is of the months done).
func (d *document) isComparison(i, floor int) bool {
	if endsWith(d.toks, i, planOpeners) {
		n := 2 // "kế hoạch", "chỉ tiêu", "mục tiêu"
		if d.toks[i-1].Norm == "kh" {
			n = 1
		}
		if k := i - n - 1; k >= floor && d.toks[k].Punct && d.toks[k].Norm == "%" {
			return true
		}
		// "(để) hoàn thành (các chỉ tiêu) kế hoạch năm 2019": the plan's
		// year, not the period of the figures set to complete it, unless
		// the plan's own figure follows in its clause ("để hoàn thành chỉ
		// tiêu năm 2024 giải quyết việc làm cho 20.000 lao động")
		for k := i - n; k >= max(floor+2, i-n-3); k-- {
			if endsWith(d.toks, k, completeWords) {
				return !d.figureInClauseAfter(i)
			}
		}
	}
	for k := 1; k <= 3 && i-k >= floor; k++ {
		// "Trước Tết năm 2024": before the occasion, a time of its own
		if k == 2 && d.toks[i-1].Norm == "tết" {
			continue
		}
		if endsWith(d.toks, i-k+1, comparison) && k <= 2 {
			return true
		}
		if endsWith(d.toks, i-k+1, strongComparison) {
			return true
		}
	}
	return false
}

// A yearSoFar is the latest year the text has stated up to a period
// mention that starts at byte start.
type yearSoFar struct{ start, latest int }

// A periodAt is a period mention with its token index.
type periodAt struct {
	value string
	tok   int
	// point marks a point in time ("đến hết tháng 9/2022", "cuối năm
	// 2022"): it dates the levels of its sentence and paragraph but does
	// not govern the text after them.
	point bool
	// bracket marks a period inside brackets: "(kế hoạch năm 2026 là …)"
	// dates what is in them, not the figures after.
	bracket bool
	// date marks a point date ("tính đến ngày 7/9/2021"): it also dates
	// the rest of its paragraph when nothing else does.
	date bool
	// flow is the period of what was done by a point month, when it
	// differs from value, the period of a level at it: "tính đến hết
	// tháng 9/2022" is "2022-09" for a rate or a stock and
	// "2022-01/2022-09" for a count of what was done.
	flow string
	// apart marks a period after "riêng" ("…, riêng quý III tuyển mới
	// 3.905 người"): a part set apart, which dates its own clause only,
	// unless it opens its sentence.
	apart bool
	// rel marks a period read from its context ("năm nay", "năm qua",
	// "Tết Quý Mão"): it dates its own sentence, not the ones after.
	rel bool
	// tet marks a Tết ("Dịp Tết Giáp Thìn, …", "Tết Nguyên đán 2024")
	// (see occasion)
	tet bool
	// undated marks the year of writing in a text with no date line
	// ("6 tháng đầu năm nay"): value is "", and the sentences after it in
	// its paragraph are of that unknown time too
	undated bool
}

// occasion reports whether p is a Tết in a report with a period of its
// own: it dates its own sentence, as a point does, not the report's later
// sentences, which keep the report's period. In an article with none, a
// Tết dates what follows as any period does.
func (d *document) occasion(p periodAt) bool { return p.tet && d.title != "" }

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

// periods lists the non-comparison periods among ms. The list reuses the
// memory of the one it returned before: it holds until the next call (the
// current sentence's, d.pers).
func (d *document) periods(ms []normalize.Mention, floor int) []periodAt {
	out := d.persBuf[:0]
	visit(len(ms))
	for _, m := range ms {
		if m.Kind == normalize.Date && m.Per.Point && m.Per.Complete() {
			out = append(out, d.datePoint(m, floor))
			continue
		}
		if m.Kind != normalize.PeriodKind || strings.HasPrefix(m.Str, "--") {
			continue
		}
		t := d.tokAt(m.Start)
		if d.isComparison(t, floor) {
			continue
		}
		v, rel := m.Str, m.Str == ""
		if rel {
			v = d.relative(m.Per)
			// "Sau 3 năm thực hiện, … từ 14% cuối năm 2021 xuống 6% cuối
			// năm 2024": a term of its own sentence ends at the latest
			// year the sentence states
			if y := d.latestInSentence(ms, floor); m.Per.Grain == normalize.GrainTerm && m.Per.Year == 0 && m.Per.Count > 0 && y > 0 {
				v = m.Per.Unify(normalize.Period{Grain: normalize.GrainYear, Year: int16(y)}).String()
			}
			// "tính đến nay" in a text with no date line: its figures
			// are of a time the text does not tell; nor are those of
			// "năm nay" ("6 tháng đầu năm nay"), the year of writing,
			// whatever years the text spoke of before
			now := m.Per.Rel == normalize.ToDate && m.Per.Point
			undated := d.ref.IsZero() && m.Per.Rel == normalize.ThisYear && saysNow(m.Text)
			if undated {
				v, now = "", true
			}
			if v == "" && !now {
				continue
			}
		}
		// "từ đầu năm đến nay" ends at the publication date, which is
		// seldom the end of the reported span: the report's own period of
		// that year (from its heading) is the better reading
		lower := strings.ToLower(m.Text)
		if containsAny(lower, untilNow) {
			for _, own := range []string{d.title, d.govPeriod} {
				if len(own) >= 4 && strings.HasPrefix(v, own[:4]+"-01") && periodYear(own) > 0 && yearOf(own) == own[:4] {
					// a report on a month ("tháng 10") runs from January to it
					v = own
					if f, l, ok := monthRange(own); ok && f%12 != 0 {
						v = monthsOf(periodYear(own), l%12+1)
					}
					break
				}
			}
		}
		p := periodAt{value: v, tok: t, point: endsWith(d.toks, t, pointWords) || m.Per.Point, bracket: d.inBrackets(t, floor) && !d.glossBracket(m), rel: rel,
			apart: t > floor && d.toks[t-1].Norm == apartWord, tet: isTet(m), undated: rel && v == "" && saysNow(m.Text) && d.ref.IsZero()}
		// "tính đến hết tháng 9/2022": a level at that month, what was
		// done from January to it
		if q, err := normalize.ParsePeriod(v); m.Per.Point && err == nil && q.Grain == normalize.GrainMonth && q.First < 12 {
			p.flow = monthsOf(int(q.Year), int(q.First))
		}
		out = append(out, p)
	}
	d.persBuf = out
	return out
}

// saysNow reports whether a period mention's text names the time of
// writing: "năm nay", "đầu năm nay".
func saysNow(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w == "nay" {
			return true
		}
	}
	return false
}

// datePoint reads a date after a point cue ("tính đến ngày 7/9/2021",
// "đến thời điểm 31/12/2019"): what it dates was counted from January to
// the date's month ("2021-01/2021-09"); a date in December dates the year.
func (d *document) datePoint(m normalize.Mention, floor int) periodAt {
	t := d.tokAt(m.Start)
	return periodAt{value: monthsOf(int(m.Per.Year), int(m.Per.First)), tok: t, point: true, date: true, bracket: d.inBrackets(t, floor)}
}

// relative resolves a period the text states relative to its context
// ("năm nay", "cả năm", "năm qua", "5 năm qua", "Tết Quý Mão"), or
// returns "". A form of the report's year takes the year of the context
// (the paragraph's period, the text's, the heading's, else the last one
// the text stated, even a point: "đến cuối năm 2011 … Năm qua"); the
// year just ended or the one before, the publication date's, which says
// when the text was written, while the context may be a plan for the
// year under way. A year named by stem and branch with neither is the one
// of that name nearest the first year the text states; the end of a term
// ("cuối nhiệm kỳ"), the last year of the term the text names. A base of
// comparison ("cùng kỳ") is not the figure's period, and a span up to the
// publication date ("từ đầu năm đến nay") only the date resolves
// (normalize does).
func (d *document) relative(p normalize.Period) string {
	if p.Rel == normalize.ToDate || p.Rel == normalize.PastMonths {
		return ""
	}
	var outer normalize.Period
	for _, c := range []string{d.paraGov, d.paraPer, d.govPeriod, d.title, d.lastPer} {
		if q, err := normalize.ParsePeriod(c); err == nil {
			outer = q
			break
		}
	}
	if p.Rel == normalize.TermEnd {
		// "đến cuối nhiệm kỳ": the term of the text so far, else of its head
		outer = normalize.Period{}
		for _, c := range []string{d.govPeriod, d.term, d.lastPer} {
			if q, err := normalize.ParsePeriod(c); err == nil && q.Grain == normalize.GrainTerm {
				outer = q
				break
			}
		}
	}
	// "Dịp Tết Đinh Dậu, … Năm qua, …": said at Tết, early in its year,
	// the year just ended is the one before
	if p.Rel == normalize.PastYear && p.Grain == normalize.GrainYear && d.ref.IsZero() && d.lastTet != "" && outer.String() == d.lastTet {
		outer.Year--
	}
	var q normalize.Period
	if p.Grain == normalize.GrainTerm && p.Rel == normalize.PastYear && outer.Grain == normalize.GrainTerm && outer.Count == p.Count {
		// "Giai đoạn 2016 - 2020, … Sau 5 năm thực hiện, …": N years in the
		// context of a term of N years are that term, whenever the text
		// was published
		q = outer
	} else if (p.Rel == normalize.PastYear || p.Rel == normalize.LastYear) && !d.ref.IsZero() {
		q = p.Resolve(d.ref)
	} else {
		q = p.Unify(outer).Resolve(d.ref)
	}
	if !q.Complete() && p.Cycle != 0 {
		q = p.Unify(normalize.Period{Grain: normalize.GrainYear, Year: int16(d.anchor)})
	}
	return q.String()
}

// latestInSentence returns the latest single year that a period mention
// among ms states, comparisons aside, or 0.
func (d *document) latestInSentence(ms []normalize.Mention, floor int) int {
	latest := 0
	for _, m := range ms {
		if m.Kind == normalize.PeriodKind && m.Per.Year != 0 && m.Per.Grain != normalize.GrainTerm &&
			int(m.Per.Year) > latest && !d.isComparison(d.tokAt(m.Start), floor) {
			latest = int(m.Per.Year)
		}
	}
	return latest
}

// glossBracket reports whether period mention m fills a bracket of its
// own that a comma follows: it glosses the time before it ("đầu giai đoạn
// (cuối năm 2021), toàn tỉnh có …") and dates what follows, as a period
// outside brackets does.
func (d *document) glossBracket(m normalize.Mention) bool {
	a, b := d.tokAt(m.Start), d.tokAt(m.End)
	if b+1 >= len(d.toks) || d.toks[b].Norm != ")" || d.toks[b+1].Norm != "," {
		return false
	}
	// "(năm 2021)", "(cuối năm 2021)": at most two words before it
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if d.toks[k].Norm == "(" {
			return true
		}
		if d.toks[k].Punct {
			return false
		}
	}
	return false
}

// clauseBounds returns the tokens [a, b) of the clause around token i
// within [lo, hi): bounded by the separators of seps (some of ",;()").
func (d *document) clauseBounds(i, lo, hi int, seps string) (int, int) {
	m := sepsOf(seps)
	a, b := d.sepBack(i, lo, m), d.sepAhead(i, hi, m)
	visit(b - a)
	return a, b
}

// sepBack returns the token after the last separator of m before token i,
// or lo when none stands in [lo, i).
func (d *document) sepBack(i, lo int, m sepSet) int {
	// eight tokens at a time while none of them is a separator of m
	m8 := uint64(m) * 0x0101010101010101
	a := i
	for a-8 >= lo {
		if x := sep8(d.sep[a-8:a]) & m8; x != 0 {
			return a - bits.LeadingZeros64(x)/8 // after the last one
		}
		a -= 8
	}
	for a > lo && d.sep[a-1]&m == 0 {
		a--
	}
	return a
}

// sepAhead returns the first separator of m at or after token i, or hi
// when none stands in [i, hi).
func (d *document) sepAhead(i, hi int, m sepSet) int {
	m8 := uint64(m) * 0x0101010101010101
	b := i
	for b+8 <= hi {
		if x := sep8(d.sep[b:b+8]) & m8; x != 0 {
			return b + bits.TrailingZeros64(x)/8 // the first one
		}
		b += 8
	}
	for b < hi && d.sep[b]&m == 0 {
		b++
	}
	return b
}

// sep8 returns the first eight sepSets of s as one word, the first in
// its low byte.
func sep8(s []sepSet) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// A sepSet is a set of the clause separators "," ";" "(" ")", one bit each.
type sepSet uint8

// sepBit returns the separator bit of a punctuation token's word, 0 for
// any other word.
func sepBit(w string) sepSet {
	if len(w) != 1 {
		return 0
	}
	switch w[0] {
	case ',':
		return 1
	case ';':
		return 2
	case '(':
		return 4
	case ')':
		return 8
	}
	return 0
}

// sepsOf returns the set of the separators in seps.
func sepsOf(seps string) sepSet {
	var m sepSet
	for k := range len(seps) {
		m |= sepBits[seps[k]]
	}
	return m
}

// sepBits holds the separator bit of each byte (sepBit of the one-byte
// word).
var sepBits = func() (t [256]sepSet) {
	for c := range t {
		t[c] = sepBit(string(rune(c)))
	}
	return t
}()

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
