package extract

import "github.com/solieu/solieu/normalize"

// support holds the support.* declarations: one-off support packages
// (COVID-19, Tết, rent) to people, employers and household businesses.
var support = []Indicator{{
	ID:     "support.beneficiaries",
	Unit:   normalize.Person,
	Cues:   []string{"hỗ trợ", "được hỗ trợ", "hỗ trợ cho", "chi trả cho", "chi trả", "phê duyệt", "được phê duyệt", "nhận hỗ trợ", "thụ hưởng"},
	Unless: []string{"nhà ở", "vay vốn", "điều dưỡng", "cai nghiện"},
}, {
	ID:    "support.employers",
	Unit:  normalize.Organization,
	Cues:  []string{"hỗ trợ", "được hỗ trợ", "hỗ trợ cho", "chi trả cho"},
	Needs: []string{"hỗ trợ", "chi trả"},
}, {
	ID:   "support.household_businesses",
	Unit: normalize.Household,
	Cues: []string{"hộ kinh doanh", "hộ kinh doanh cá thể"},
}, {
	ID:     "support.funding",
	Unit:   normalize.VND,
	Cues:   []string{"tổng số tiền", "kinh phí", "tổng kinh phí", "số tiền", "tổng số kinh phí", "với số tiền", "hỗ trợ", "chi trả"},
	Unless: []string{"đền ơn đáp nghĩa", "vay vốn", "vốn vay"},
}}

// admin holds the admin.* declarations: administrative procedures.
var admin = []Indicator{{
	ID:   "admin.procedures_processed",
	Unit: normalize.Procedure,
	Cues: []string{"thủ tục", "hồ sơ", "tthc", "thủ tục hành chính", "giải quyết"},
}, {
	ID:   "admin.on_time_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"trước hạn và đúng hạn", "đúng hạn", "đúng và trước hạn", "trước và đúng hạn", "đúng hẹn", "trước hẹn"},
}}
