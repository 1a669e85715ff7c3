package normalize

import (
	"sort"
	"sync"
)

// Word tables. Every phrase is lower case NFC; matching folds the text the
// same way per token, so the text itself is never rewritten.

// scaleWords are the multipliers that may follow a number; consecutive
// scale words multiply ("62 nghìn tỷ" is 62 × 10³ × 10⁹).
var scaleWords = map[string]int{
	"trăm":  2, // hundred
	"nghìn": 3, // thousand
	"ngàn":  3, // thousand (southern)
	"vạn":   4, // ten thousand (old)
	"triệu": 6, // million
	"tỷ":    9, // billion
	"tỉ":    9, // billion (older spelling)
}

// qualifierWords precede a figure.
var qualifierWords = qualifierIndex(lxQualifier, map[string]Qualifier{
	"ước khoảng":     Approx,  // estimated about
	"ít nhất":        AtLeast, // at least
	"tối thiểu":      AtLeast, // minimum
	"tối đa":         AtMost,  // maximum
	"không quá":      AtMost,  // not more than
	"không dưới":     AtLeast, // not below
	"không vượt quá": AtMost,
	"xấp xỉ":         Approx, // approximately
	"gần":            Nearly, // nearly
	"hơn":            Over,   // more than
	"trên":           Over,   // above
	"vượt":           Over,   // exceeding
	"khoảng":         Approx, // about
	"chừng":          Approx, // around
	"dưới":           Under,  // below
	"ngót":           Nearly, // just short of
})

// qualifierSuffixes follow a figure: "từ 80 tuổi trở lên".
var qualifierSuffixes = qualifierIndex(lxQualSuffix, map[string]Qualifier{
	"trở lên":   AtLeast, // and above
	"trở xuống": AtMost,  // and below
})

// qualifierIndex indexes qualifier phrases written with spaces.
func qualifierIndex(bit uint32, m map[string]Qualifier) *phraseIndex[Qualifier] {
	var ps [][]string
	var qs []Qualifier
	for p, q := range m {
		ps = append(ps, splitWords(p))
		qs = append(qs, q)
	}
	return newIndex(bit, ps, qs)
}

// countNouns are what a quantity counts. Longer phrases are tried first, so
// "hộ kinh doanh" wins over "hộ". Nouns with no contract unit are not listed:
// the figure before them stays a bare number.
var countNouns = buildNouns(lxCountNoun, map[Unit][]string{
	Person: {
		"người", "lao động", "người lao động", "lượt người", "lượt lao động", "lượt",
		"đối tượng", "lượt đối tượng", "học sinh", "học viên", "sinh viên",
		"học sinh, sinh viên", "người có công", "lượt người có công", "trẻ em", "cháu",
		"bệnh nhân", "người nghèo", "thanh niên", "công nhân", "nhân khẩu", "người dân",
		"hội viên", "đoàn viên", "cán bộ", "công chức", "viên chức", "người nghiện",
		"học viên cai nghiện", "thương binh", "bệnh binh", "phụ nữ", "người cao tuổi",
		"người khuyết tật", "nạn nhân", "thân nhân", "người tham gia",
		"lao động nông thôn", "người đi xuất khẩu lao động", "lao động nữ", "nhân viên",
		"người sử dụng", "thực tập sinh", "ứng viên", "người tàn tật", "cựu chiến binh",
		"người thất nghiệp", "người nước ngoài", "người hưởng", "suất", "lượt hộ",
		"suất quà", "phần quà", // a gift given is a person given one (the gold's convention)
		"khách hàng", "lượt khách hàng",
		"lđ", "người lđ", "lượt lđ", // the reports' abbreviation of lao động
		"cá nhân",  // "chăm lo Tết cho 290 cá nhân" (beside "tập thể", it counts people too)
		"việc làm", // "30.000 việc làm tăng thêm": a job is a person given it (the gold's convention)
		"hướng dẫn viên", "hướng dẫn viên du lịch",
		"chủ tàu", "chủ tàu cá", // boat owners helped after a storm or a spill
		"hộ người có công",
		"gia đình người có công", // one family, one person with meritorious service (not "gia đình" alone: a household)
	},
	Household: {
		"hộ", "hộ nghèo", "hộ cận nghèo", "hộ gia đình", "hộ kinh doanh", "hộ dân",
		"hộ thoát nghèo", "hộ kinh doanh cá thể", "gia đình", "hộ mới thoát nghèo",
		"gia đình chính sách", "hộ đồng bào",
	},
	Organization: {
		"doanh nghiệp", "đơn vị", "cơ sở", "hợp tác xã", "htx", "công ty",
		"đơn vị sử dụng lao động", "người sử dụng lao động", "cơ sở giáo dục nghề nghiệp",
		// employers are organizations, also counted by visits ("lượt") and
		// abbreviated ("người sử dụng LĐ")
		"lượt người sử dụng lao động", "người sử dụng lđ", "lượt người sử dụng lđ", "lượt doanh nghiệp",
		"cơ sở sản xuất", "cơ sở kinh doanh", "tổ hợp tác",
		"người sử dụng lđ", "lượt người sử dụng lao động", "lượt người sử dụng lđ",
	},
	Procedure: {
		"thủ tục", "thủ tục hành chính", "hồ sơ", "tthc", "hồ sơ thủ tục hành chính",
	},
})

func buildNouns(bit uint32, m map[Unit][]string) *phraseIndex[Unit] {
	var ps [][]string
	var us []Unit
	for u, list := range m {
		for _, s := range list {
			ps = append(ps, splitWords(s))
			us = append(us, u)
		}
	}
	return newIndex(bit, ps, us)
}

// currencyWords follow a figure and make it money.
var currencyWords = buildNouns(lxCurrency, map[Unit][]string{
	VND: {"đồng", "đ", "vnđ", "vnd", "đổng"}, // "đổng": a common slip of the tone mark
	USD: {"usd", "đô la mỹ", "đô la", "đôla mỹ", "đôla", "đô mỹ", "đô"},
})

// digitWords are the spelled-out digits; "mốt", "tư", "lăm" are the forms
// used after "mươi" (tens): "hai mươi mốt" is 21.
var digitWords = map[string]int64{
	"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
	"năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

// monthWords are the Roman numerals used for quarters and ordinals.
var romanValues = map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}

// phoneLabels introduce a phone or fax number: what follows is never a figure.
var phoneLabels = wordIndex(lxPhoneLabel, [][]string{
	{"điện", "thoại"}, {"đt"}, {"đtdđ"}, {"di", "động"}, {"hotline"}, {"fax"},
	{"tel"}, {"sđt"}, {"phone"}, {"đường", "dây", "nóng"}, {"điện", "thoại", "di", "động"},
	{"tổng", "đài", "quốc", "gia"}, {"tổng", "đài"},
})

// codeLabels introduce a number that is a code, never a figure.
var codeLabels = wordIndex(lxCodeLabel, [][]string{
	{"mã", "bưu", "chính"}, {"mã", "số", "thuế"}, {"mã", "số"}, {"mã"}, {"mst"}, {"zip"},
	{"số", "tài", "khoản"}, {"stk"}, {"cmnd"}, {"cccd"},
})

// addressWords precede a number that is part of an address, not a figure:
// "Tầng 2", "Km 5", "phường 3", "ngõ 12".
var addressWords = map[string]bool{
	"tầng": true, "km": true, "lô": true, "ngõ": true, "ngách": true, "hẻm": true,
	"kiệt": true, "phường": true, "quận": true, "tổ": true, "ấp": true, "thôn": true,
	"xóm": true, "khối": true, "ql": true, "tỉnh lộ": true, "phòng": true, "khu": true,
	"nhà": true, "đường": true, "căn": true, "lộ": true, "phố": true,
}

// streetWords follow a house number: "Số 72 đường 30/4".
var streetWords = map[string]bool{"đường": true, "phố": true, "ngõ": true, "hẻm": true, "kiệt": true, "ngách": true}

// otherNouns are things a figure may count that have no contract unit; a
// figure before one is a quantity with an empty unit.
var otherNouns = func() *phraseIndex[bool] {
	var out [][]string
	for _, s := range []string{
		"xã", "huyện", "phường", "thị trấn", "tỉnh", "thành phố", "thị xã", "quận", "thôn", "bản",
		"làng", "ấp", "tổ dân phố", "chỉ tiêu", "đầu việc", "nhiệm vụ", "lớp", "lớp học", "phiên",
		"phiên giao dịch", "phiên giao dịch việc làm", "cuộc", "đợt", "buổi", "hội nghị", "văn bản",
		"kế hoạch", "quyết định", "dự án", "công trình", "mô hình", "nhà", "căn nhà", "ngôi nhà",
		"căn hộ", "con", "ha", "km", "tấn", "tuổi", "ngày", "tháng", "giờ", "phút", "nghề",
		"ngành nghề", "trường", "trung tâm", "cơ quan", "tập thể", "suất quà", "phần quà",
		"sổ", "sổ tiết kiệm", "thẻ", "thẻ bảo hiểm y tế", "tiêu chí", "chương trình", "đề án",
		"phần mềm", "lượt truy cập", "bài", "tin", "lần", "vụ", "vụ việc", "đơn", "đơn thư",
		"cuộc thanh tra", "cuộc kiểm tra", "quỹ", "điểm", "bộ", "chiếc", "xe", "m2", "m²",
	} {
		out = append(out, splitWords(s))
	}
	return wordIndex(lxOtherNoun, out)
}()

// legalTypes are document types whose number follows ("Nghị quyết số 01").
var legalTypes = wordIndex(lxLegalType, [][]string{
	{"nghị", "quyết"}, {"quyết", "định"}, {"nghị", "định"}, {"thông", "tư"},
	{"chỉ", "thị"}, {"công", "điện"}, {"công", "văn"}, {"kế", "hoạch"}, {"kết", "luận"},
	{"thông", "báo"}, {"chương", "trình"}, {"hướng", "dẫn"}, {"luật"}, {"đề", "án"},
	{"tờ", "trình"}, {"báo", "cáo"}, {"văn", "bản"}, {"pháp", "lệnh"}, {"thông", "tư", "liên", "tịch"},
})

// wordIndex indexes phrases that carry no value.
func wordIndex(bit uint32, ps [][]string) *phraseIndex[bool] {
	return newIndex(bit, ps, make([]bool, len(ps)))
}

// triggers holds every word that can begin a mention; Scan skips other
// words at once.
var triggers = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, ix := range []*phraseIndex[bool]{phoneLabels, codeLabels, legalTypes, weekdays} {
		for w := range ix.m {
			m[w] = true
		}
	}
	for w := range qualifierWords.m {
		m[w] = true
	}
	for w := range digitWords {
		m[w] = true
	}
	for _, w := range []string{"địa", "ngày", "năm", "tháng", "quý", "giai", "nhiệm", "thời", "từ",
		"lần", "thứ", "khóa", "khoá", "đại", "mười", "cùng", "tết", "tính", "nửa"} {
		m[w] = true
	}
	return m
})

// A phraseIndex finds the longest of a set of word phrases at a token; its
// phrases are grouped by first word. A token's lexicon entry (lexAt) says
// whether its word begins any of them and where they are, so that finding
// them costs no map access.
type phraseIndex[T any] struct {
	m      map[string][]phraseEntry[T]
	bit    uint32             // the lexicon bit of the index's first words
	bySlot [][]phraseEntry[T] // m by the index of the first word in lexSlots
}

type phraseEntry[T any] struct {
	words []string
	val   T
}

// newIndex indexes phrases with their values.
func newIndex[T any](bit uint32, phrases [][]string, vals []T) *phraseIndex[T] {
	ix := &phraseIndex[T]{m: map[string][]phraseEntry[T]{}, bit: bit}
	for k, p := range phrases {
		ix.m[p[0]] = append(ix.m[p[0]], phraseEntry[T]{p, vals[k]})
	}
	for _, l := range ix.m {
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].words) > len(l[b].words) })
	}
	return ix
}

// slot makes ix.bySlot once lexSlots is made.
func (ix *phraseIndex[T]) slot(slots []lexSlot) {
	ix.bySlot = make([][]phraseEntry[T], len(slots))
	for k := range slots {
		ix.bySlot[k] = ix.m[slots[k].word]
	}
}

// longest returns the value of the longest phrase of ix at token i and the
// index after it.
func longest[T any](s *scanner, i int, ix *phraseIndex[T]) (T, int, bool) {
	var zero T
	e := s.lexAt(i)
	if e == nil || e.bits&ix.bit == 0 {
		return zero, i, false
	}
	for _, pe := range ix.bySlot[e.idx] {
		// token i is a word or punctuation, and pe.words[0]
		if j, ok := s.phraseRest(i, pe.words); ok {
			return pe.val, j, true
		}
	}
	return zero, i, false
}

func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if r == ',' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			out = append(out, ",")
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
