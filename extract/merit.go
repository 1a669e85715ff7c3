package extract

import "github.com/solieu/solieu/normalize"

// pandemicSupport marks a one-off support package: its payments are
// support.*, even when people with meritorious service receive them.
var pandemicSupport = []string{"gói hỗ trợ", "covid", "đại dịch", "dịch bệnh"}

// merit holds the merit.* declarations: allowances, funds, housing and
// convalescence for people with meritorious service (người có công).
var merit = []Indicator{{
	ID:     "merit.beneficiaries",
	Unit:   normalize.Person,
	Cues:   []string{"người có công", "người có công với cách mạng", "đối tượng người có công"},
	Unless: append([]string{"nhà ở", "điều dưỡng", "thường xuyên", "hàng tháng", "hằng tháng"}, pandemicSupport...),
}, {
	ID:    "merit.monthly_recipients",
	Unit:  normalize.Person,
	Cues:  []string{"hưởng trợ cấp thường xuyên", "trợ cấp thường xuyên", "trợ cấp hàng tháng", "trợ cấp hằng tháng", "trợ cấp ưu đãi hàng tháng", "trợ cấp ưu đãi hằng tháng"},
	Needs: []string{"người có công", "thương binh", "liệt sĩ", "liệt sỹ"},
}, {
	ID:     "merit.funding",
	Unit:   normalize.VND,
	Cues:   []string{"kinh phí", "tổng kinh phí", "chi trả", "trợ cấp", "với số tiền", "tổng số tiền"},
	Needs:  []string{"người có công", "thương binh", "liệt sĩ", "liệt sỹ"},
	Unless: append([]string{"đền ơn đáp nghĩa", "nhà ở"}, pandemicSupport...),
}, {
	ID:    "merit.housing_support",
	Unit:  normalize.Person,
	Cues:  []string{"nhà ở", "hỗ trợ nhà ở", "xây mới", "sửa chữa nhà"},
	Needs: []string{"người có công"},
}, {
	ID:   "merit.nursing",
	Unit: normalize.Person,
	Cues: []string{"điều dưỡng", "điều dưỡng phục hồi sức khỏe"},
}, {
	ID:    "merit.gratitude_fund",
	Unit:  normalize.VND,
	Cues:  []string{"quỹ đền ơn đáp nghĩa", "quỹ", "vận động", "đền ơn đáp nghĩa"},
	Needs: []string{"đền ơn đáp nghĩa"},
}}
