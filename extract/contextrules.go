package extract

import (
	"strconv"
	"strings"

	"github.com/solieu/solieu/corpus"
)

// ContextRules are the steps that set a record's period, kind and region
// where the figure's own words and the frame rules (framerules.go) leave
// them open: the nearest period of its clause, the period governing its
// sentence or paragraph, the date line's year; a target cue before it; the
// article's province. Each is named, says in a few words what it read
// (what -explain writes in period_from, kind_from and region_from), and
// has examples that are also its tests: each must yield its records, and
// the rule must decide the field it sets in one of them
// (TestContextRules). ` + "`solieu indicators -rules`" + ` lists them.
//
// The order the engine tries them in is the engine's (figure.go,
// evidence.go): the declarations are in that order within each field.

// A ContextRule is one step of the reading of a record's period, kind or
// region.
type ContextRule struct {
	// Name identifies the rule in -explain output.
	Name string
	// Sets is the field it decides: "period", "kind" or "region".
	Sets string
	// Says is what it read, for people.
	Says string
	// Examples are texts, with their context, where the rule decides
	// the field it sets for at least one of the records they yield.
	Examples []FrameExample
}

// label is how -explain names the rule: its name and what it read.
func (r ContextRule) label() string { return r.Name + " (" + r.Says + ")" }

// A ctxRule is the index of a rule in ContextRules; 0 is none.
type ctxRule uint8

// The context rules, as the engine refers to them.
const (
	_ ctxRule = iota
	rBracketProvince
	rSeveralProvinces
	rCountryNamed
	rNationalSubject
	rNationalClause
	rNationalSentence
	rNational
	rNoProvince
	rArticleProvince
	rForeign
	pLevelPoint
	pFrameTerm
	pHeadTermChange
	pHeadPlanTerm
	pAverageSpan
	pAverageLevels
	pGoalOfResult
	pCountNamed
	pStartLevel
	pClauseNearest
	pClauseBefore
	pClauseFirst
	pSentenceGoverning
	pSegmentLast
	pSentenceLast
	pParagraphUndated
	pParagraphGoverning
	pParagraphLast
	pNowUndated
	pTextGoverning
	pLeadPlan
	pDateLineYear
	pArticleTet
	pNone
	pHeadTitle
	pHeadLead
	pHeadline
	kPlanInBrackets
	kPlanAttainment
	kStartLevel
	kFraction
	kPartOfEstimate
	kTargetCue
	kRangeGoal
	kEstimatePastSemicolon
	kAfterPublication
	kAfterTitle
	kTargetGoverns
	kDefault
)

// ContextRules, by their ctxRule (the first entry is none).
var ContextRules = [...]ContextRule{
	rBracketProvince:       {Name: "bracket-province", Sets: "region", Says: "the province heading the figure's bracket"},
	rSeveralProvinces:      {Name: "several-provinces", Sets: "region", Says: "the figure's subject is several provinces"},
	rCountryNamed:          {Name: "country-named", Sets: "region", Says: "the whole country named before the figure or in its clause"},
	rNationalSubject:       {Name: "national-subject-province", Sets: "region", Says: "national article: the province its subject names"},
	rNationalClause:        {Name: "national-clause-province", Sets: "region", Says: "national article: the province its clause names"},
	rNationalSentence:      {Name: "national-sentence-province", Sets: "region", Says: "national article: the province its sentence names"},
	rNational:              {Name: "national", Sets: "region", Says: "national article"},
	rNoProvince:            {Name: "no-province", Sets: "region", Says: "no province of the article's own"},
	rArticleProvince:       {Name: "article-province", Sets: "region", Says: "the article's province (its title, lead and body)"},
	rForeign:               {Name: "foreign", Sets: "region", Says: "another country's statistic"},
	pLevelPoint:            {Name: "level-point", Sets: "period", Says: "a level: the point in time before it in its sentence"},
	pFrameTerm:             {Name: "frame-term", Sets: "period", Says: "a goal of a frame rule that dates by term: the five-year term around it"},
	pHeadTermChange:        {Name: "head-term-change", Sets: "period", Says: "head: the report's term (a change over it)"},
	pHeadPlanTerm:          {Name: "head-plan-term", Sets: "period", Says: "head: the term of the plan (a count it sets)"},
	pAverageSpan:           {Name: "average-span", Sets: "period", Says: "an average per year: the span of years of its sentence"},
	pAverageLevels:         {Name: "average-levels", Sets: "period", Says: "an average per year: the years from one level of its sentence to the next"},
	pGoalOfResult:          {Name: "goal-of-result", Sets: "period", Says: "the period of the result that met this goal"},
	pCountNamed:            {Name: "count-named", Sets: "period", Says: "the period of the count \"số liệu này\" names"},
	pStartLevel:            {Name: "start-level-date", Sets: "period", Says: "the level a change starts from: the date of the start before it in its sentence"},
	pClauseNearest:         {Name: "clause-nearest", Sets: "period", Says: "clause: the period nearest the figure"},
	pClauseBefore:          {Name: "clause-before", Sets: "period", Says: "clause: the nearest period before the figure"},
	pClauseFirst:           {Name: "clause-first", Sets: "period", Says: "clause: its first period"},
	pSentenceGoverning:     {Name: "sentence-governing", Sets: "period", Says: "sentence: its governing period"},
	pSegmentLast:           {Name: "segment-last", Sets: "period", Says: "segment: the last period before the figure"},
	pSentenceLast:          {Name: "sentence-last", Sets: "period", Says: "sentence: the last period before the figure"},
	pParagraphUndated:      {Name: "paragraph-undated", Sets: "period", Says: "paragraph: governed by the year of writing, which the text does not date"},
	pParagraphGoverning:    {Name: "paragraph-governing", Sets: "period", Says: "paragraph: the period governing it"},
	pParagraphLast:         {Name: "paragraph-last", Sets: "period", Says: "paragraph: its last period"},
	pNowUndated:            {Name: "now-undated", Sets: "period", Says: "none: the figure stands now, and the text has no date line"},
	pTextGoverning:         {Name: "text-governing", Sets: "period", Says: "text so far: the last governing period"},
	pLeadPlan:              {Name: "lead-plan", Sets: "period", Says: "none: the lead's period is a plan's, and the figure stands now"},
	pDateLineYear:          {Name: "date-line-year", Sets: "period", Says: "date line: the year of the report"},
	pArticleTet:            {Name: "article-tet", Sets: "period", Says: "article: the one Tết it names"},
	pNone:                  {Name: "none", Sets: "period", Says: "none: the text gives no period"},
	pHeadTitle:             {Name: "head-title", Sets: "period", Says: "head: the title's period"},
	pHeadLead:              {Name: "head-lead", Sets: "period", Says: "head: the lead's first period"},
	pHeadline:              {Name: "headline", Sets: "period", Says: "head: the headline restates a figure of the body, with its period and kind"},
	kPlanInBrackets:        {Name: "plan-in-brackets", Sets: "kind", Says: "a plan in brackets"},
	kPlanAttainment:        {Name: "plan-attainment", Sets: "kind", Says: "plan attainment: a result, never a target"},
	kStartLevel:            {Name: "start-level", Sets: "kind", Says: "the level a change starts from"},
	kFraction:              {Name: "fraction", Sets: "kind", Says: "fraction: achieved/planned"},
	kPartOfEstimate:        {Name: "part-of-estimate", Sets: "kind", Says: "a part of an estimate (\"trong đó\" after its \";\")"},
	kTargetCue:             {Name: "target-cue", Sets: "kind", Says: "target cue before the figure in its sentence"},
	kRangeGoal:             {Name: "range-goal", Sets: "kind", Says: "a range states a goal"},
	kEstimatePastSemicolon: {Name: "estimate-past-semicolon", Sets: "kind", Says: "the estimate of its sentence, past a \";\""},
	kAfterPublication:      {Name: "after-publication-year", Sets: "kind", Says: "a period after the publication year"},
	kAfterTitle:            {Name: "after-title-period", Sets: "kind", Says: "a period after the title's"},
	kTargetGoverns:         {Name: "target-sentence-governs", Sets: "kind", Says: "text so far: a target sentence governs"},
	kDefault:               {Name: "default", Sets: "kind", Says: "default: a reported result"},
}

// ContextSelfTest runs the examples of a context rule through Extract,
// with their context: each must yield exactly its want records, as for a
// frame rule, and the rule must decide the field it sets (its name opens
// the record's period_from, kind_from or region_from) in one of them.
func ContextSelfTest(r ContextRule) []ExampleResult {
	var out []ExampleResult
	for i, ex := range r.Examples {
		name := r.Name + "/" + strconv.Itoa(i)
		doc := corpus.Document{ID: "example", Title: ex.Title, Text: ex.Text, Published: ex.Published}
		res := runExample(name, ex.Text, ex.Want, Indicator{}, doc)
		if res.Failure == "" {
			decided := false
			for _, rec := range Extract(doc, Options{Explain: true}) {
				from := map[string]string{"period": rec.PeriodFrom, "kind": rec.KindFrom, "region": rec.RegionFrom}[r.Sets]
				decided = decided || strings.HasPrefix(from, r.Name+" (")
			}
			if !decided {
				res.Failure = "the rule decides the " + r.Sets + " of none of its records"
			}
		}
		out = append(out, res)
	}
	return out
}
