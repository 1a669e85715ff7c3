package check

import "github.com/solieu/solieu/normalize"

// shareMarkers open a part of a total stated before them.
var shareMarkers = [][]string{{"trong", "đó"}, {"trong", "số", "đó"}, {"bao", "gồm"}, {"gồm"}}

// shares checks a part's share of its total in sentence sn: "12.640 lao
// động, trong đó 5.210 lao động nữ, chiếm 41,2%" must be 100 × part /
// total. The part is the count right before "chiếm" (or "chiếm tỷ lệ"),
// opened by "trong đó", "trong số đó", "gồm" or "bao gồm"; the total is
// the last count of its unit before that marker, with no ";" between (as
// for rule Breakdown). A share with no such total stated, "còn 6.874 hộ
// nghèo, chiếm 2,15%" (of all households), is not checked.
func (a *article) shares(sn *sent) {
	for i, p := range sn.figs {
		if i == 0 || p.m.Kind != normalize.Percent || p.unit() != normalize.PercentUnit {
			continue
		}
		verb := -1
		switch {
		case a.phraseAt(p.tok-1, "chiếm"):
			verb = p.tok - 1
		case a.phraseAt(p.tok-3, "chiếm", "tỷ", "lệ"):
			verb = p.tok - 3
		}
		part := sn.figs[i-1]
		if verb < sn.a || !countable(part.unit()) || !plain(part) || part.depth != p.depth {
			continue
		}
		if n, semi := a.gap(sn, part.end, verb); n > 8 || semi {
			continue
		}
		if w, _ := a.changeWord(part.tok); w != "" {
			continue // "giảm 120 hộ, chiếm …": a change is no part
		}
		marker := a.markerBefore(sn, part.tok)
		if marker < 0 {
			continue
		}
		total, found := a.totalBefore(sn, marker, sn.depthAt(marker), part)
		if !found {
			continue
		}
		expected, ok, msg, checked := statedPercent(p, part.interval(), total.interval(), part.m.Value, total.m.Value,
			part.m.Text+" of "+total.m.Text)
		if !checked {
			continue
		}
		a.report(ok, Warning{Rule: Share, Message: msg, Expected: expected,
			Figures: []Figure{a.figure(p, "stated"), a.figure(part, "part"), a.figure(total, "total")}})
	}
}

// markerBefore returns the token of the last share marker between the
// figure before token k and k, or -1.
func (a *article) markerBefore(sn *sent, k int) int {
	from := sn.a
	for _, f := range sn.figs {
		if f.end <= k && f.tok < k {
			from = max(from, f.end)
		}
	}
	for j := k - 1; j >= from; j-- {
		for _, m := range shareMarkers {
			if a.phraseAt(j, m...) && j+len(m) <= k {
				return j
			}
		}
	}
	return -1
}
