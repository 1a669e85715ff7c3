package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/solieu/solieu/normalize"
)

// Words that make a province name no evidence of the figures' region. A
// name is evidence only when the article's own words put the figures there:
// a person, a newspaper, a company, a district or a photo named after a
// province are not.
var (
	// personalTitles before a name make it a person's: "ông Nguyễn Văn
	// Bình Định", "Phó Thủ tướng Trương Hòa Bình". Folded to lower case.
	personalTitles = folded("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "đồng chí", "cụ", "mẹ",
		"thủ tướng", "phó thủ tướng", "thường trực", "bộ trưởng", "thứ trưởng", "chủ tịch", "phó chủ tịch",
		"bí thư", "phó bí thư", "giám đốc", "phó giám đốc", "trưởng ban", "phó trưởng ban", "tổng bí thư",
		"chủ tịch nước", "phó chủ tịch nước", "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
		"đại tá", "thượng tá", "trung tá", "thiếu tá", "nhà báo", "tác giả", "phóng viên", "pv")
	// kinTitles directly before a province name make it a person's name
	// whatever its shape ("anh Hà Nam"); the other titles only when the
	// name has a person's shape (a surname and two given names).
	kinTitles = folded("ông", "bà", "anh", "chị", "em", "cô", "chú", "cụ", "đồng chí")
	// surnames are common Vietnamese family names. A run of capitalized
	// words that opens with one, right before a province name, makes the
	// name a person's given names: "Trương Hòa Bình". "Đoàn" (a
	// delegation) and "Cao" (cao đẳng) are left out: capitalized, they
	// often open the name of a body.
	surnames = folded("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
		"đỗ", "hồ", "ngô", "dương", "lý", "trương", "đinh", "lâm", "trịnh", "lương", "tạ", "vương",
		"quách", "kiều", "lưu", "tôn", "triệu", "đào", "lại", "phùng", "thân", "mạc", "hứa", "khổng", "châu")
	// outletWords open the name of a newspaper, site, broadcaster or
	// company, which may end with a province name: "Báo Hà Nam điện tử",
	// "(Web Quảng Trị)", "Công ty Xổ số kiến thiết Vĩnh Long". They count
	// only capitalized, as a name's first word.
	outletWords = folded("báo", "web", "website", "cổng", "đài", "tạp chí", "truyền hình", "phát thanh",
		"công ty", "tập đoàn", "xổ số")
	// outletStops between an outlet word and a province name show that the
	// province is where the outlet is, not part of its name: "các công
	// ty trên địa bàn tỉnh Hà Nam".
	outletStops = folded("tại", "trên", "ở", "của", "cho", "với", "và", "các", "những", "địa", "tỉnh", "thành",
		"thuộc", "trong", "đến", "về", "từ", "khu", "vực")
	// districtWords before a province name make it a district's or a
	// commune's of the same name: "huyện Long Hồ", "thị xã Quảng Trị".
	districtWords = folded("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
	// cityWords before a province name make it the province's capital, a
	// district-level city ("thành phố Bắc Kạn"), unless the province is
	// one of the centrally-run cities.
	cityWords = folded("thành phố", "tp", "tp .")
	// centralCities are the provinces that are cities: "thành phố Hà Nội"
	// is the province. Canonical names.
	centralCities = map[string]bool{"Hà Nội": true, "Hồ Chí Minh": true, "Hải Phòng": true, "Đà Nẵng": true, "Cần Thơ": true, "Huế": true}
	// captionWords open a photo caption or its credit: "Ảnh: …",
	// "(Ảnh minh họa)".
	captionWords = folded("ảnh")
)

// A placeMention is a province named as evidence on tokens [at, end).
// item marks a name that heads a figure in brackets, an item of a list of
// provinces ("Hà Nội (138 ngàn người), Đồng Nai (…)"): the region of that
// figure, not of the article. listed marks a name listed with another
// province ("ở TP. Hồ Chí Minh, Bình Dương"): an article's own province is
// seldom one of a list.
type placeMention struct {
	at, end      int
	name         string
	item, listed bool
}

// placeMentions lists the provinces named as evidence in toks, skipping
// the tokens of the spans in skip (sorted [a, b) pairs: captions).
func placeMentions(toks []normalize.Token, skip [][2]int) []placeMention {
	if len(toks) == 0 {
		return nil
	}
	out := make([]placeMention, 0, 32) // an article names a few dozen at most, usually
	k := 0
	for i := 0; i < len(toks); i++ {
		if !toks[i].Upper {
			continue // provinceAt's first test, without the call
		}
		for k < len(skip) && skip[k][1] <= i {
			k++
		}
		if k < len(skip) && skip[k][0] <= i {
			i = skip[k][1] - 1
			continue
		}
		name, end, ok := provinceAt(toks, i)
		if !ok {
			continue
		}
		if !notEvidence(toks, i, end, name) {
			// "Hà Nội: 1.380 người" in a list names the figure's province;
			// opening a line ("Bắc Giang: Năm 2020 …") it is a headline's
			colonLine := end < len(toks) && toks[end].Norm == ":" && (i == 0 || toks[i].Newline)
			p := placeMention{at: i, end: end, name: name, item: headsFigure(toks, end) && !colonLine}
			if n := len(out); n > 0 && out[n-1].name != name && joined(toks, out[n-1].end, i) {
				out[n-1].listed, p.listed = true, true
			}
			out = append(out, p)
		}
		i = end - 1
	}
	return out
}

// headsFigure reports whether a bracket with a figure opens at token end,
// right after a province name: "Hà Nội (khoảng 138 ngàn người)", or a
// colon before one ("…; Hà Tĩnh: 5.100 người"). The number stands at most
// three words into the bracket, as bracketHead looks for it.
func headsFigure(toks []normalize.Token, end int) bool {
	if end >= len(toks) || toks[end].Norm != "(" && toks[end].Norm != ":" {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+4; k++ {
		if toks[k].Number {
			return true
		}
		if toks[k].Punct {
			return false
		}
	}
	return false
}

// notEvidence reports whether the province name on tokens [i, end) is part
// of another name: a person's, an outlet's, a district's or a city's.
func notEvidence(toks []normalize.Token, i, end int, name string) bool {
	return personName(toks, i, end) || outletName(toks, i) ||
		endsWith(toks, i, districtWords) || endsWith(toks, i, cityWords) && !centralCities[name]
}

// personName reports whether the province name on tokens [i, end) is a
// person's given names: it follows a run of capitalized words that opens
// with a surname ("Trương Hòa Bình"), a kin title ("anh Hà Nam"), or a
// title when the name has a person's shape ("Chủ tịch Hồ Chí Minh").
func personName(toks []normalize.Token, i, end int) bool {
	r := i
	for r > 0 && i-r < 3 && toks[r-1].Word && toks[r-1].Upper && !toks[r].Newline {
		r--
	}
	if r < i && surnames.first.has(toks[r].Norm) && surnames.at(toks, r, r+1) {
		return true
	}
	if r < i {
		return false
	}
	if endsWith(toks, i, kinTitles) {
		return true
	}
	return end-i >= 3 && surnames.first.has(toks[i].Norm) && surnames.at(toks, i, i+1) && endsWith(toks, i, personalTitles)
}

// outletName reports whether the province name at token i ends the name
// of an outlet or a company: a capitalized outlet word stands at most six
// words before it, on its line, with no punctuation but hyphens and no
// outletStops between.
func outletName(toks []normalize.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &toks[k]
		if t.Punct && t.Norm != "-" && t.Norm != "&" {
			return false
		}
		if t.Upper && outletWords.first.has(t.Norm) && outletWords.at(toks, k, i) {
			return true
		}
		if t.Newline || outletStops.first.has(t.Norm) && outletStops.at(toks, k, k+1) {
			return false
		}
	}
	return false
}

// captionLen is the longest line, in bytes, taken whole as a photo
// caption when it opens with "Ảnh"; a longer one holds the article's text
// after the credit.
const captionLen = 200

// captionSpans returns the token spans of photo captions among the
// sentences: the credit that opens a sentence ("Ảnh: …", "(Ảnh …)") and
// the sentence before it on the same line (the caption it credits), a
// short line that opens with "Ảnh", and a table-cell line ("| … |") under an
// image line ("![…](…)").
func (d *document) captionSpans() [][2]int {
	var out [][2]int
	add := func(a, b int) {
		if n := len(out); n > 0 && out[n-1][1] >= a {
			out[n-1][1] = max(out[n-1][1], b)
			return
		}
		out = append(out, [2]int{a, b})
	}
	// credit returns the end of the caption credit that opens sentence s
	// ("(Ảnh minh họa)", "Ảnh: Ngọc Lan/TTXVN"), or -1: the bracket, or
	// the capitalized words and slashes after the colon.
	credit := func(s sentence) int {
		a := s.a
		bracket := a < s.b && d.toks[a].Norm == "("
		if bracket {
			a++
		}
		if a >= s.b || !captionWords.at(d.toks, a, s.b) {
			return -1
		}
		e := a + 1
		if bracket {
			for e < s.b && d.toks[e-1].Norm != ")" {
				e++
			}
			return e
		}
		if e < s.b && d.toks[e].Norm == ":" {
			e++
		} else if !d.toks[a].Newline && a > 0 {
			return -1 // "Ảnh hưởng" mid-line: a caption credit has its colon
		}
		for ; e < s.b && (d.toks[e].Upper || d.toks[e].Norm == "/" || d.toks[e].Norm == "-") && !d.toks[e].Newline; e++ {
		}
		return e
	}
	imageLine := false // the line before the current one shows an image
	prevLine, captionLine := -1, -1
	for n, s := range d.sents {
		if s.a >= s.b {
			continue
		}
		if s.line != prevLine {
			first := d.toks[s.a].Norm
			lineEnd := strings.IndexByte(d.text[s.start:], '\n')
			short := lineEnd >= 0 && lineEnd < captionLen || lineEnd < 0 && len(d.text)-s.start < captionLen
			if imageLine && first == "|" || short && captionWords.at(d.toks, s.a, s.b) {
				captionLine = s.line
			}
			imageLine = first == "!" && s.a+1 < s.b && d.toks[s.a+1].Norm == "["
			prevLine = s.line
		}
		if s.line == captionLine {
			add(s.a, s.b)
			continue
		}
		if e := credit(s); e >= 0 {
			if n > 0 && d.sents[n-1].line == s.line {
				add(d.sents[n-1].a, d.sents[n-1].b)
			}
			add(s.a, e)
		}
	}
	return out
}

// figureRegion returns the region of the figure at token ti of sentence s,
// and why:
// the province that heads the figure's bracket in a list of provinces with
// their figures ("Hà Nội (138 ngàn người), Đồng Nai (…)"); "" when its
// subject is several provinces ("Hà Nội, Đồng Nai và Bình Dương có …") or
// a list of them. In a national article it is the province its subject
// names, else the one its clause names after it, else the one the sentence
// names before its clause, else Việt Nam; in a provincial one, Việt Nam
// when the whole country and no province is named before the figure or in
// its clause, else the article's region.
func (d *document) figureRegion(s sentence, ti int) (string, why) {
	if p, ok := d.bracketHead(s, ti); ok {
		return p, why{rule: rBracketProvince, a: -1}
	}
	ca, _ := d.clauseBounds(ti, s.a, s.b, ";")
	n, p := d.subject(ca, ti)
	if n >= 2 {
		return "", why{rule: rSeveralProvinces, a: -1}
	}
	if !d.national {
		// a province that the figure's own short clause names before it,
		// other than the article's ("…, của Bắc Giang đạt 70,2%"), is
		// the figure's, unless it is compared with
		if cc, _ := d.clauseBounds(ti, s.a, s.b, ",;()"); ti-cc <= placeClauseWords && !has(d.toks, cc, ti, comparedWords) {
			if n, p := d.provincesIn(cc, ti, true); n == 1 && p != d.region {
				return p, why{rule: rClauseProvince, a: cc, b: ti}
			}
		}
		// the whole country, in a provincial article, is the region of the
		// figures after it or in its clause when no province is named
		// there; not of a figure it is compared with later ("đạt 66%, cao
		// hơn … cả nước")
		if !d.speaksOfCountry(s) {
			return d.region, d.articleRegionWhy()
		}
		_, cb := d.clauseBounds(ti, s.a, s.b, ",;()")
		if n, _ := d.provincesIn(s.a, cb, false); n == 0 && d.nationalIn(s.a, cb) {
			return "Việt Nam", why{rule: rCountryNamed, a: s.a, b: cb}
		}
		return d.region, d.articleRegionWhy()
	}
	if n == 1 {
		return p, why{rule: rNationalSubject, a: ca, b: ti}
	}
	_, cb := d.clauseBounds(ti, s.a, s.b, ",;")
	if n, p := d.provincesIn(ti, cb, false); n == 1 {
		return p, why{rule: rNationalClause, a: ti, b: cb}
	}
	if n, p := d.provincesIn(s.a, ca, false); n == 1 {
		return p, why{rule: rNationalSentence, a: s.a, b: ca}
	}
	return "Việt Nam", why{rule: rNational, a: -1}
}

// articleRegionWhy says where the article's own region came from.
func (d *document) articleRegionWhy() why {
	if d.region == "" {
		return why{rule: rNoProvince, a: -1}
	}
	return why{rule: rArticleProvince, a: -1}
}

// listJoiners may stand between the provinces of a list: "Hà Nội, Đồng
// Nai và tỉnh Bình Dương".
var listJoiners = map[string]bool{",": true, "và": true, "cùng": true, "tỉnh": true, "thành": true, "phố": true, "tp": true, ".": true, "-": true}

// joined reports whether the tokens [a, b) between two province names
// join them in a list: listJoiners only, at most three.
func joined(toks []normalize.Token, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for j := a; j < b; j++ {
		if !listJoiners[toks[j].Norm] {
			return false
		}
	}
	return true
}

// subject returns the provinces that a figure at token ti speaks of: the
// province named nearest before it on tokens [a, ti), with the provinces
// listed with it ("Hà Nội, Đồng Nai và Bình Dương"). It returns their
// number (two when the nearest heads a figure in brackets, an item of a
// list of provinces) and, when one, its name.
func (d *document) subject(a, ti int) (int, string) {
	k := sort.Search(len(d.places), func(k int) bool { return d.places[k].at >= ti }) - 1
	if k < 0 || d.places[k].at < a {
		return 0, ""
	}
	if d.places[k].item {
		return 2, ""
	}
	n, name := 1, d.places[k].name
	for ; k > 0 && d.places[k-1].at >= a; k-- {
		if !joined(d.toks, d.places[k-1].end, d.places[k].at) {
			break
		}
		if d.places[k-1].name != name {
			n = 2
		}
	}
	return n, name
}

// bracketHead returns the province that heads the bracket the figure at
// token ti stands in, at most four words into it: "Hà Nội (khoảng 138
// ngàn người)".
func (d *document) bracketHead(s sentence, ti int) (string, bool) {
	for k := ti - 1; k >= s.a && k >= ti-5; k-- {
		if !d.toks[k].Punct {
			continue
		}
		if d.toks[k].Norm != "(" && d.toks[k].Norm != ":" {
			return "", false
		}
		n := sort.Search(len(d.places), func(n int) bool { return d.places[n].at >= k }) - 1
		if n >= 0 && d.places[n].end == k && d.places[n].item {
			return d.places[n].name, true
		}
		return "", false
	}
	return "", false
}

// provincesIn returns the number of provinces named as evidence on tokens
// [a, b), a name repeated right after itself counted once (so it is one
// only when one province is named), counting the items of a list when
// items is set, and the last of them.
func (d *document) provincesIn(a, b int, items bool) (int, string) {
	n, last := 0, ""
	k := sort.Search(len(d.places), func(k int) bool { return d.places[k].at >= a })
	for ; k < len(d.places) && d.places[k].at < b; k++ {
		p := d.places[k]
		if p.item && !items || p.name == last {
			continue
		}
		n, last = n+1, p.name
	}
	return n, last
}

// contextSays reports whether the Context of indicator ind, if it has
// one, stands in the figure's paragraph or in the title. The answer is
// kept per paragraph and list, so a paragraph is read once per list
// however many figures it holds.
func (d *document) contextSays(r *reading, ind int) bool {
	k := contextDomain[ind]
	if k < 0 {
		return true
	}
	if d.ctxLine != r.s.line || d.ctxSays == nil {
		d.ctxLine = r.s.line
		d.ctxSays = make([]int8, len(contextLists))
	}
	if d.ctxSays[k] == 0 {
		d.ctxSays[k] = -1
		l := contextLists[k]
		a, b := d.paragraphTokens()
		if has(d.toks, a, b, l) || has(d.titleToks, 0, len(d.titleToks), l) || d.headSays(k) {
			d.ctxSays[k] = 1
		}
	}
	return d.ctxSays[k] > 0
}

// headSays reports whether the list k of contextLists stands in the
// head of the text (its headline lines), read once per document and list.
func (d *document) headSays(k int) bool {
	if d.ctxHead == nil {
		d.ctxHead = make([]int8, len(contextLists))
	}
	if d.ctxHead[k] == 0 {
		d.ctxHead[k] = -1
		if has(d.toks, 0, d.tokAt(headingEnd(d.text)), contextLists[k]) {
			d.ctxHead[k] = 1
		}
	}
	return d.ctxHead[k] > 0
}

// paragraphTokens returns the tokens [a, b) of the current sentence's
// paragraph: the sentences of its line.
func (d *document) paragraphTokens() (int, int) {
	i, j := d.si, d.si
	line := d.sents[d.si].line
	for i > 0 && d.sents[i-1].line == line {
		i--
	}
	for j+1 < len(d.sents) && d.sents[j+1].line == line {
		j++
	}
	visit(j - i + 1)
	return d.sents[i].a, d.sents[j].b
}

// contextLists are the distinct Context lists of All, folded, and
// contextDomain the index of each declaration's list among them (-1 for
// a declaration with none).
var contextLists, contextDomain = distinctLists(func(ind *Indicator) []string { return ind.Context })

// namedLists are the distinct Named lists of All, folded, and namedDomain
// the index of each declaration's list among them.
var namedLists, namedDomain = distinctLists(func(ind *Indicator) []string { return ind.Named })

// distinctLists folds the distinct lists that pick takes from the
// declarations of All and returns them with, for each declaration, the
// index of its list (-1 when it has none).
func distinctLists(pick func(*Indicator) []string) ([]*phraseList, []int) {
	var lists []*phraseList
	var seen [][]string
	domain := make([]int, len(All))
	for i := range All {
		domain[i] = -1
		l := pick(&All[i])
		if len(l) == 0 {
			continue
		}
		k := slices.IndexFunc(seen, func(s []string) bool { return slices.Equal(s, l) })
		if k < 0 {
			k = len(lists)
			seen = append(seen, l)
			lists = append(lists, folded(l...))
		}
		domain[i] = k
	}
	return lists, domain
}

// companyGivers name a company, a commercial bank, an insurer, an
// investor or a sponsor (Indicator.NotBy); companyExempt the public
// bodies named with the same first words ("Ngân hàng Chính sách xã hội").
var (
	companyGivers = []string{"công ty", "tập đoàn", "ngân hàng", "chủ đầu tư", "nhà đầu tư", "nhà tài trợ", "hãng", "công ty bảo hiểm", "doanh nghiệp bảo hiểm"}
	companyExempt = folded("ngân hàng chính sách", "ngân hàng csxh", "ngân hàng nhà nước")
	// objectWords before a giver make it the one given to, not the
	// giver ("hỗ trợ cho công ty", "vay của ngân hàng")
	objectWords = folded("cho", "với", "của", "tại", "từ", "hỗ trợ", "giúp")
)

// notByLists are the distinct NotBy lists of All, folded, and
// notByDomain the index of each declaration's.
var notByLists, notByDomain = distinctLists(func(ind *Indicator) []string { return ind.NotBy })

// comparedWords make a province named before a figure a yardstick, not
// the figure's own.
var comparedWords = folded("so với", "so", "hơn", "bằng", "như", "gấp")

// namedReach bounds how far after a figure givenBy looks for the
// programme named ("… cho 1.120 lao động vay từ Quỹ quốc gia về việc làm").
const namedReach = 24

// givenBy reports whether one of the NotBy subjects of the indicator of
// cue h stands in the figure's window before it and its cue, not after a
// word that makes it an object, and not a public body's name.
func (d *document) givenBy(r *reading, h hit) bool {
	k := notByDomain[h.ind]
	if k < 0 {
		return false
	}
	toks := d.toks
	// a bank lending from the employment fund lends the fund's money
	if n := namedDomain[h.ind]; n >= 0 && has(toks, r.win.lo, min(r.s.b, r.pos.end+namedReach), namedLists[n]) {
		return false
	}
	list := notByLists[k]
	end := min(r.pos.start, h.start)
	visit(end - r.win.lo)
	for i := r.win.lo; i < end; i++ { // the window: a bounded look back
		if list.first.has(toks[i].Norm) && list.at(toks, i, end) &&
			!companyExempt.at(toks, i, r.s.b) && !endsWith(toks, i, objectWords) {
			return true
		}
	}
	return false
}
