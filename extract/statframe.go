package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

// The statistic frame of a figure (../shared/design.md §2.11): besides
// what it measures and whose it is (statistic.go), whether it is a total
// or a rate per unit ("35 triệu đồng/ha", "mỗi hộ 3 triệu đồng"), a level,
// a change or a multiple ("tăng 2 lần"), and what a slash means when it
// is written "a/b": a result against its plan ("312/400 người"), a part of
// a whole, votes ("410/442 phiếu"), a date ("từ 15/6"), a document number
// ("Nghị định 67/2015"), a map scale ("tỷ lệ 1/500"), a size ("lốp
// 225/55") or a score ("thắng 2/1").

// A SlashMeaning says what "a/b" stands for.
type SlashMeaning string

// The meanings of a slash. Only SlashPlan and SlashVotes are figures;
// the others name a time, a document or a thing.
const (
	SlashPlan     SlashMeaning = "plan"     // achieved/planned: "312/400 người"
	SlashVotes    SlashMeaning = "votes"    // votes for / votes cast: "410/442 phiếu"
	SlashDate     SlashMeaning = "date"     // day/month: "từ 15/6 đến 30/6"
	SlashDocument SlashMeaning = "document" // a document's number and year: "Nghị định 67/2015"
	SlashScale    SlashMeaning = "scale"    // a map scale: "tỷ lệ 1/500"
	SlashSize     SlashMeaning = "size"     // a size: "lốp 225/55"
	SlashScore    SlashMeaning = "score"    // a match score: "thắng 2/1"
)

// A SlashRule reads the meaning of "a/b" from the words just before it
// (Before, ending at most two words before the figure) or just after it
// (After). DayMonth asks that a/b be a possible day and month, One that
// its first term be 1 (a scale).
type SlashRule struct {
	Meaning  SlashMeaning
	Before   []string
	After    []string
	DayMonth bool
	One      bool
	// Examples are sentences whose first "a/b" has this meaning.
	Examples []string
}

// SlashRules are read in order; the first that holds decides, and a slash
// none reads is a result against its plan (SlashPlan).
var SlashRules = []SlashRule{
	{Meaning: SlashDocument,
		Before: []string{"nghị định", "thông tư", "quyết định", "nghị quyết", "công văn", "chỉ thị", "luật", "văn bản",
			"thông báo", "tờ trình", "công điện", "kế hoạch số", "quyết định số", "số hiệu", "hiệp định"},
		Examples: []string{"Theo Nghị định 31/2019, mức phạt tăng gấp đôi.", "Thông tư 12/2022 có hiệu lực từ tháng sau."}},
	{Meaning: SlashScale, Before: []string{"tỷ lệ", "tỉ lệ", "bản đồ"}, One: true,
		Examples: []string{"Bản vẽ quy hoạch tỷ lệ 1/2.000 đã được phê duyệt."}},
	{Meaning: SlashVotes, After: []string{"phiếu", "đại biểu tán thành", "đại biểu có mặt", "phiếu tán thành", "phiếu thuận"},
		Examples: []string{"Luật được thông qua với 455/470 phiếu tán thành."}},
	{Meaning: SlashSize, Before: []string{"lốp", "cỡ", "cỡ lốp", "kích thước", "kích cỡ", "size", "màn hình"},
		Examples: []string{"Xe dùng lốp 205/65 và vành hợp kim."}},
	{Meaning: SlashScore, Before: []string{"tỷ số", "tỉ số", "thắng", "thua", "hòa", "hoà", "cách biệt"},
		Examples: []string{"Đội khách thắng 3/1 trên sân nhà."}},
	{Meaning: SlashDate, DayMonth: true,
		Before: []string{"ngày", "từ", "đến", "tới", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", "lúc", "vào", "hạn", "trước",
			"sau", "dịp", "tuần", "khoảng", "đầu", "giữa", "cuối"},
		Examples: []string{"Đợt tuyển sinh kéo dài từ 12/7 đến 28/7.", "Hồ sơ nộp trước 15/8 tại bộ phận một cửa."}},
}

// slashIndex holds SlashRules folded.
var slashIndex = sync.OnceValue(func() []struct{ before, after *phraseList } {
	out := make([]struct{ before, after *phraseList }, len(SlashRules))
	for i, r := range SlashRules {
		if len(r.Before) > 0 {
			out[i].before = folded(r.Before...)
		}
		if len(r.After) > 0 {
			out[i].after = folded(r.After...)
		}
	}
	return out
})

// slashMeaning reads what fraction mention m means.
func (d *document) slashMeaning(m normalize.Mention) SlashMeaning {
	ti, after := d.tokAt(m.NumStart), d.tokAt(m.End)
	for i, r := range SlashRules {
		if r.DayMonth && !isDayMonth(m.Num, m.Den) || r.One && m.Num.Cmp(normalize.NewDecimal(1, 0)) != 0 {
			continue
		}
		l := slashIndex()[i]
		if l.before != nil && (endsWith(d.toks, ti, l.before) || ti > 0 && endsWith(d.toks, ti-1, l.before) && !d.toks[ti-1].Punct) {
			return r.Meaning
		}
		if l.after != nil && after < len(d.toks) {
			if _, ok := matchAnyAt(d.toks, after, min(after+4, len(d.toks)), l.after.p); ok {
				return r.Meaning
			}
		}
	}
	return SlashPlan
}

// perUnit returns what a sum or a count of figure r is per, or "": the
// words after a slash ("35 triệu đồng/ha" → "ha", "1,2 triệu
// đồng/người/tháng" → "người/tháng") or the thing "mỗi" or "từng" names a
// few words before it ("mỗi hộ được hỗ trợ 3 triệu đồng" → "hộ").
func (d *document) perUnit(r *reading) string {
	text := r.f.m.Text
	if k := strings.IndexByte(text[r.f.m.NumEnd-r.f.m.Start:], '/'); k >= 0 {
		return slashWords(text[r.f.m.NumEnd-r.f.m.Start+k+1:] + d.text[r.f.m.End:])
	}
	if d.slashAfter(r.f.m.End) {
		return slashWords(d.text[r.f.m.End+1:])
	}
	ca, _ := d.clauseBounds(r.pos.start, r.s.a, r.s.b, ",;()")
	for k := max(ca, r.pos.start-6); k < r.pos.start; k++ {
		if (d.toks[k].Norm == "mỗi" || d.toks[k].Norm == "từng") && k+1 < r.pos.start && d.toks[k+1].Word {
			// the noun after it, up to the verb ("mỗi xã viên được chia")
			e := k + 2
			for e < r.pos.start && e < k+4 && d.toks[e].Word && !linkWords[d.toks[e].Norm] && !perStop[d.toks[e].Norm] {
				e++
			}
			return d.text[d.toks[k+1].Start:d.toks[e-1].End]
		}
	}
	return ""
}

// perStop end the noun after "mỗi": the verbs that give or take a sum.
var perStop = map[string]bool{"được": true, "nhận": true, "hưởng": true, "chia": true, "trả": true, "vay": true, "nộp": true,
	"phải": true, "mất": true, "chi": true, "góp": true, "bán": true, "mua": true}

// slashWords returns the words of s up to the first space or punctuation
// other than "/": "người/tháng" of "người/tháng, …".
func slashWords(s string) string {
	end := len(s)
	for i, r := range s {
		if r != '/' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			end = i
			break
		}
	}
	return strings.TrimRight(s[:end], "/")
}

// The forms of a figure: a level, a change of one, or a multiple.
const (
	formLevel    = "level"
	formChange   = "change"
	formMultiple = "multiple"
)

// multipleWords before "N lần" make it a multiple ("tăng 2 lần", "gấp 3
// lần").
var multipleWords = folded("gấp", "tăng", "giảm", "tăng gấp", "cao gấp", "nhiều gấp", "hơn", "bằng", "cao hơn", "thấp hơn")

// form reads whether figure r is a level, a change or a multiple.
func (d *document) form(r *reading) string {
	if r.f.unit == "" && d.isMultiple(r.f.m, r.pos) {
		return formMultiple
	}
	if endsWith(d.toks, r.pos.num, changeWords) || endsWith(d.toks, r.pos.start, changeWords) {
		return formChange
	}
	return formLevel
}

// isMultiple reports whether m is "N lần" after a word of comparison:
// "tăng 2 lần", "gấp 1,5 lần".
func (d *document) isMultiple(m normalize.Mention, pos figurePos) bool {
	if m.Kind != normalize.Quantity || m.Unit != "" || pos.numEnd >= pos.end || d.toks[pos.numEnd].Norm != "lần" {
		return false
	}
	return endsWith(d.toks, pos.num, multipleWords)
}

// orgWords open the name of a company, a bank, a club or a school: what
// follows, capitalized, is a statistic's subject ("Công ty Hòa Phát lãi
// 8.000 tỷ đồng").
var orgWords = folded("công ty", "tổng công ty", "tập đoàn", "ngân hàng", "hãng", "nhà máy", "câu lạc bộ", "clb", "đội tuyển",
	"trường", "trường đại học", "bệnh viện", "doanh nghiệp", "hợp tác xã", "quỹ")

// legalFormWords may stand, lower-case, inside a company's name: "cổ
// phần", "trách nhiệm hữu hạn một thành viên", "tnhh".
var legalFormWords = map[string]bool{"cổ": true, "phần": true, "tnhh": true, "cp": true, "mtv": true, "trách": true,
	"nhiệm": true, "hữu": true, "hạn": true, "một": true, "thành": true, "viên": true}

// personWords open a person's name: "ông Nguyễn Văn An", "gia đình bà Lan".
var personWords = folded("ông", "bà", "anh", "chị", "cháu", "em", "cụ", "gia đình ông", "gia đình bà", "gia đình anh",
	"gia đình chị", "hộ ông", "hộ bà", "hộ anh", "hộ chị")

// orgSubject returns the company, institution or person named in the
// figure's clause before it, or "": an org or person word followed by
// capitalized words ("Công ty CP Sữa Việt", "ông Trần Văn Hải").
func (d *document) orgSubject(r *reading) string {
	ca, _ := d.clauseBounds(r.pos.start, r.s.a, r.s.b, ",;()")
	for k := ca; k < r.pos.start; k++ {
		for _, l := range []*phraseList{orgWords, personWords} {
			end, ok := matchAnyAt(d.toks, k, r.pos.start, l.p)
			if !ok {
				continue
			}
			// the capitalized words of the name, and the words of a legal
			// form between them ("Công ty Cổ phần Sông Lam")
			n, named := end, end
			for n < r.pos.start && n < end+8 && d.toks[n].Word {
				if startsUpper(d.text[d.toks[n].Start:d.toks[n].End]) {
					named = n + 1
				} else if !legalFormWords[d.toks[n].Norm] {
					break
				}
				n++
			}
			if named > end {
				return d.text[d.toks[k].Start:d.toks[named-1].End]
			}
		}
	}
	return ""
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// wordsAfter returns the text of the words from token a, up to n of them
// and before token b or any punctuation: "phiếu tán thành" after "410/442".
func (d *document) wordsAfter(a, b, n int) string {
	e := a
	for e < b && e < a+n && d.toks[e].Word {
		e++
	}
	if e == a {
		return ""
	}
	return d.text[d.toks[a].Start:d.toks[e-1].End]
}
