package extract

import (
	"slices"
	"testing"

	"github.com/solieu/solieu/corpus"
	"github.com/solieu/solieu/normalize"
)

// TestPlaceMentions checks which province names count as evidence: not a
// person's given names, an outlet's or a company's name, a district or a
// provincial capital.
func TestPlaceMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sở Lao động tỉnh Nam Định cho biết", []string{"Nam Định"}},
		{"Phó Thủ tướng Lê Hòa Bình dự hội nghị", nil},                  // surname + given names
		{"ông Phạm Văn Bình Định phát biểu", nil},                       // a run of name words
		{"Trần Thái Bình, Giám đốc Sở, cho biết", nil},                  // no title, a surname run
		{"chị Hà Nam, công nhân may, cho biết", nil},                    // a kin title alone
		{"đoàn viếng Lăng Chủ tịch Hồ Chí Minh", nil},                   // a title and a person's full name
		{"Chủ tịch UBND tỉnh Hà Giang phát biểu", []string{"Hà Giang"}}, // a title, then the province
		{"Bí thư Hà Nội đến thăm", []string{"Hà Nội"}},                  // a title before a name of a place's shape
		{"Đoàn Hà Tĩnh dự hội thi", []string{"Hà Tĩnh"}},                // a delegation, not a surname
		{"(Web Lạng Sơn) Theo Sở Nội vụ", nil},                          // a site name
		{"Báo Yên Bái điện tử đưa tin", nil},                            // a newspaper
		{"Công ty Cổ phần Cấp nước Kon Tum tuyển 50 người", nil},        // a company
		{"các công ty trên địa bàn tỉnh Kon Tum", []string{"Kon Tum"}},  // where companies are
		{"huyện Long An và thị xã Quảng Trị", nil},                      // districts of a province's name (one made up)
		{"thành phố Thái Nguyên và TP. Cần Thơ", []string{"Cần Thơ"}},   // a provincial capital; a central city
		{"Hà Nội (12 nghìn người), Huế (3 nghìn người)", []string{"Hà Nội*", "Huế*"}},
		{"Hà Nội (khoảng 12 nghìn người), Huế (Thừa Thiên Huế)", []string{"Hà Nội*", "Huế", "Thừa Thiên Huế"}},
		{"nhiều nhất là Nghệ An: 7.400 người; Hà Tĩnh: 5.100 người", []string{"Nghệ An*", "Hà Tĩnh*"}},
		{"Bắc Giang: Năm 2020 giải quyết việc làm cho 31.000 lao động", []string{"Bắc Giang"}}, // a headline's province
		{"làm việc ở TP. Hồ Chí Minh, Bình Dương và tỉnh Long An", []string{"Hồ Chí Minh+", "Bình Dương+", "Long An+"}},
		{"Tỉnh Cà Mau và huyện Côn Đảo", []string{"Cà Mau"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range placeMentions(normalize.Tokens(tt.text), nil) {
			n := p.name
			if p.item {
				n += "*"
			}
			if p.listed {
				n += "+"
			}
			got = append(got, n)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("placeMentions(%q) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestCaptionEvidence checks that a province named in a photo caption or
// its credit is no evidence.
func TestCaptionEvidence(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Tỉnh Sơn La giải quyết việc làm.\nẢnh: Lao động tại Điện Biên\nHết.", []string{"Sơn La"}},
		{"Công nhân may ở Nam Định. (Ảnh minh họa) Tỉnh Sơn La có 20 hộ.", []string{"Sơn La"}},
		{"Người dân Bến Tre vay vốn. Ảnh: Ngọc Lan. Tỉnh Sơn La có 20 hộ.", []string{"Sơn La"}},
		{"![](a.jpg) |\n| Phiên giao dịch việc làm tại Đà Nẵng. |\nTỉnh Sơn La có 20 hộ.", []string{"Sơn La"}},
		// a long line after a credit holds the article's text
		{"Ảnh Internet Năm nay tỉnh Sơn La giải quyết việc làm cho 20.000 lao động, trong đó xuất khẩu lao động 1.200 người, đào tạo nghề cho 15.000 người, giảm tỷ lệ hộ nghèo 2% theo kế hoạch đề ra.", []string{"Sơn La"}},
		{"Tỉnh Sơn La có 20 hộ; Ảnh hưởng của bão ở Lào Cai.", []string{"Sơn La", "Lào Cai"}}, // "Ảnh hưởng" mid-line opens no caption
	}
	for _, tt := range tests {
		d := newDocument(corpus.Document{ID: "t", Text: tt.text})
		var got []string
		for _, p := range d.places {
			got = append(got, p.name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("places of %q = %q; want %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureRegion checks the region of figures in articles of one
// province and of the whole country.
func TestFigureRegion(t *testing.T) {
	const national = "Cả nước tạo việc làm cho 1,2 triệu lao động\n" +
		"Theo Bộ Lao động, năm 2022 cả nước giải quyết việc làm cho 1,2 triệu lao động. " +
		"Các tỉnh giải quyết việc làm nhiều nhất là Nghệ An (45.000 lao động), Thanh Hóa (40.000 lao động). " +
		"Hà Nội giải quyết việc làm cho 160.000 lao động, Đà Nẵng giải quyết việc làm cho 30.000 lao động. " +
		"Bắc Ninh, Bắc Giang và Hải Dương giải quyết việc làm cho 90.000 lao động.\n"
	const provincial = "Sơn La: giải quyết việc làm cho 20.000 lao động\n" +
		"Năm 2022, tỉnh Sơn La giải quyết việc làm cho 20.000 lao động. " +
		"Phó Thủ tướng Lê Văn Thái Bình đánh giá cao kết quả này.\n"
	// no province named: a ministry's release is national; "toàn tỉnh"
	// keeps an article whose province goes unnamed from being so
	const ministry = "Việc làm 9 tháng\nTheo Bộ LĐ-TB&XH, 9 tháng đầu năm 2021 đã giải quyết việc làm cho 870.000 lao động.\n"
	const unnamed = "Việc làm 9 tháng\nTheo Bộ LĐ-TB&XH, 9 tháng đầu năm 2021 toàn tỉnh đã giải quyết việc làm cho 8.700 lao động.\n"
	// the lead (the first long paragraph) names the article's province; a
	// later "tỉnh X" is where a trip went
	const lead = "Chăm lo người có công\nNăm 2022, Quảng Ngãi tặng quà cho 12.000 người có công với cách mạng, " +
		"thăm hỏi các gia đình chính sách nhân dịp lễ, Tết và ngày Thương binh - Liệt sĩ, góp phần nâng cao đời sống của người có công.\n" +
		"Tỉnh tổ chức cho 150 người có công đi điều dưỡng tại tỉnh Khánh Hòa.\n" +
		"Tỷ lệ hộ nghèo của tỉnh còn 3,2%, thấp hơn tỷ lệ hộ nghèo chung cả nước. Cả nước có 1,8 triệu hộ nghèo.\n" +
		"Năm 2022 cả nước đưa 140.000 lao động đi làm việc ở nước ngoài, nhiều nhất là lao động quê Quảng Ngãi.\n"
	// an article about a part of the country made of several provinces,
	// at a meeting held in one of them
	const area = "Tín dụng chính sách vùng Tây Nguyên\nHội nghị tổ chức tại Gia Lai tổng kết tín dụng chính sách khu vực Tây Nguyên. " +
		"Trong 5 năm, vốn vay đã giúp tạo việc làm cho 52.000 lao động trong vùng Tây Nguyên.\n"
	tests := []struct {
		doc, text, want string
	}{
		{area, "52.000 lao động", ""},
		{lead, "12.000 người có công", "Quảng Ngãi"},
		{lead, "3,2%", "Quảng Ngãi"}, // the country named after it, as a yardstick
		{lead, "1,8 triệu hộ nghèo", "Việt Nam"},
		{lead, "140.000 lao động", "Việt Nam"}, // the province named after its clause
		{ministry, "870.000 lao động", "Việt Nam"},
		{unnamed, "8.700 lao động", ""},
		{national, "1,2 triệu lao động", "Việt Nam"},
		{national, "45.000 lao động", "Nghệ An"}, // the next item is not read as a record today
		{national, "160.000 lao động", "Hà Nội"},
		{national, "30.000 lao động", "Đà Nẵng"},
		{national, "90.000 lao động", ""},
		{provincial, "20.000 lao động", "Sơn La"},
	}
	recs := map[string][]Record{}
	for _, tt := range tests {
		if _, ok := recs[tt.doc]; !ok {
			recs[tt.doc] = Extract(corpus.Document{ID: "t", Text: tt.doc}, Options{})
		}
		found := false
		for _, r := range recs[tt.doc] {
			if r.Text != tt.text {
				continue
			}
			found = true
			if r.Region != tt.want {
				t.Errorf("%q in %q: region %q; want %q", tt.text, r.Sentence, r.Region, tt.want)
			}
		}
		if !found {
			t.Errorf("no record of %q", tt.text)
		}
	}
}
