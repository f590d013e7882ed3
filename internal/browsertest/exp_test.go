package browsertest

import ("testing")

func TestMain(m *testing.M) { Main(m) }

func TestExp(t *testing.T) {
	CheckReport(t, "../../report/testdata/golden/report.html", ReportChecks{Actor: "RUS", Diagrams: 1, Figures: 1, Tables: 1, Policy: true})
	CheckReport(t, "../../report/notebook/testdata/golden/ok.html", ReportChecks{Figures: 1, Tables: 1})
}
