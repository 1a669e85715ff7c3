package extract

import "github.com/solieu/solieu/normalize"

// employment holds the employment.* declarations: jobs, work abroad,
// unemployment, the employment fund's loans, and job referrals.
var employment = []Indicator{{
	ID:     "employment.jobs_created",
	Unit:   normalize.Person,
	Cues:   []string{"giải quyết việc làm", "tạo việc làm", "có việc làm mới", "việc làm mới", "có thêm việc làm", "được tạo việc làm", "giải quyết việc làm mới", "có việc làm"},
	Unless: []string{"vay vốn", "vốn vay", "cho vay"}, // loans: employment.loan_jobs
}, {
	ID:   "employment.overseas_workers",
	Unit: normalize.Person,
	Cues: []string{"đi làm việc ở nước ngoài", "làm việc ở nước ngoài", "xuất khẩu lao động", "xklđ",
		"đi làm việc có thời hạn ở nước ngoài", "làm việc tại nước ngoài", "đi làm việc ở nước ngoài theo hợp đồng",
		"lao động đi làm việc ở nước ngoài", "đi xuất khẩu lao động", "đưa lao động đi làm việc", "đi làm việc nước ngoài"},
}, {
	ID:   "employment.unemployment_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ thất nghiệp", "thất nghiệp", "tỉ lệ thất nghiệp"},
}, {
	ID:   "employment.loan_borrowers",
	Unit: normalize.Person,
	Cues: []string{"được vay vốn", "vay vốn", "được vay", "cho vay", "lượt vay"},
}, {
	ID:   "employment.loan_amount",
	Unit: normalize.VND,
	Cues: []string{"vốn vay", "số vốn vay", "tổng số vốn vay", "doanh số cho vay", "cho vay", "giải ngân", "vay vốn"},
}, {
	ID:    "employment.loan_jobs",
	Unit:  normalize.Person,
	Cues:  []string{"tạo việc làm", "được tạo việc làm", "việc làm mới", "giải quyết việc làm", "tạo việc làm mới"},
	Needs: []string{"vay vốn", "vốn vay", "cho vay", "quỹ quốc gia về việc làm"},
}, {
	ID:   "employment.unemployment_benefit_recipients",
	Unit: normalize.Person,
	Cues: []string{"trợ cấp thất nghiệp", "hưởng trợ cấp thất nghiệp", "bảo hiểm thất nghiệp", "hưởng bảo hiểm thất nghiệp"},
}, {
	ID:   "employment.job_referrals",
	Unit: normalize.Person,
	Cues: []string{"giới thiệu việc làm", "tư vấn, giới thiệu việc làm", "tư vấn việc làm", "tư vấn, giới thiệu", "tư vấn giới thiệu việc làm"},
}}
