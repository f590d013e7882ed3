package graph

// Names of the built-in relation kinds. Each is a [Kind] in [BuiltinKinds];
// the constants spare typos in code.
const (
	// The design card's five kinds.
	Phoned      = "phoned"       // directed, caller to callee; CAMEO 041
	Backs       = "backs"        // directed state: endorses or supports; CAMEO 051, 053
	Sanctions   = "sanctions"    // directed state: imposes sanctions on; CAMEO 163, 172
	Annexed     = "annexed"      // directed event: state to territory; CAMEO 192
	WithdrewFor = "withdrew-for" // directed event: a candidate withdraws in favour of another

	// Cooperative events.
	Appealed     = "appealed"
	Pledged      = "pledged"
	AgreedToMeet = "agreed-to-meet"
	Consulted    = "consulted"
	Visited      = "visited"
	Hosted       = "hosted"
	Met          = "met"
	Mediated     = "mediated"
	Negotiated   = "negotiated"
	Recognized   = "recognized"
	Agreed       = "agreed"
	Cooperated   = "cooperated"
	Aided        = "aided"
	Yielded      = "yielded"
	DeEscalated  = "de-escalated"
	Proposed     = "proposed"

	// Hostile events.
	Investigated     = "investigated"
	Demanded         = "demanded"
	Condemned        = "condemned"
	Accused          = "accused"
	Rejected         = "rejected"
	Threatened       = "threatened"
	Protested        = "protested"
	Mobilized        = "mobilized"
	ReducedRelations = "reduced-relations"
	Coerced          = "coerced"
	Assaulted        = "assaulted"
	Fought           = "fought"
	MassViolence     = "mass-violence"
	Ousted           = "ousted"

	// States.
	CandidateFor = "candidate-for"
	AlliedWith   = "allied-with"
	Opposes      = "opposes"

	// Affiliations.
	Leads    = "leads"
	Serves   = "serves"
	MemberOf = "member-of"
	PartOf   = "part-of"
)

func codes(cs ...string) []string { return cs }

// builtinKinds is the table behind BuiltinKinds. Goldstein values are those of
// the GDELT CAMEO table for the first code listed (the root code where one is
// listed).
var builtinKinds = []Kind{
	{Name: Phoned, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("041"), Goldstein: 1.0, Phrase: "phoned",
		Description: "A phone call, from the caller to the callee (CAMEO 041, discuss by telephone)."},
	{Name: Backs, Sign: Cooperative, Nature: NatureState, CAMEO: codes("051", "053"), Goldstein: 3.4, Phrase: "backs",
		Description: "Support for a person, party, state or plan: endorsement, praise, rallying support (CAMEO 051, 053)."},
	{Name: Sanctions, Sign: Hostile, Nature: NatureState, CAMEO: codes("163", "172"), Goldstein: -8.0, Phrase: "imposed sanctions on",
		Description: "Economic, financial or administrative sanctions, embargo or boycott (CAMEO 163, 172)."},
	{Name: Annexed, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("192"), Goldstein: -9.5, Phrase: "annexed",
		Description: "A state takes a territory as its own (CAMEO 192, occupy territory)."},
	{Name: WithdrewFor, Sign: Cooperative, Nature: NatureEvent, Phrase: "withdrew in favour of",
		Description: "A candidate withdraws from a race in favour of another candidate. No CAMEO code."},

	{Name: Appealed, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("02", "020", "021", "022", "023", "026", "027", "028"), Goldstein: 3.0, Phrase: "appealed to",
		Description: "An appeal or request for cooperation, aid, talks or settlement (CAMEO 02)."},
	{Name: Pledged, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("03", "030", "031", "032", "033", "034", "035", "037", "038", "039"), Goldstein: 4.0, Phrase: "pledged to",
		Description: "A stated intent to cooperate, aid, yield or settle; a promise or assurance (CAMEO 03)."},
	{Name: AgreedToMeet, Sign: Cooperative, Symmetric: true, Nature: NatureEvent, CAMEO: codes("036"), Goldstein: 4.0, Phrase: "agreed to meet",
		Description: "A stated intent to meet or negotiate (CAMEO 036)."},
	{Name: Consulted, Sign: Cooperative, Symmetric: true, Nature: NatureEvent, CAMEO: codes("04", "040"), Goldstein: 1.0, Phrase: "consulted",
		Description: "Consultation or discussion, other than by phone or in a visit (CAMEO 040)."},
	{Name: Visited, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("042"), Goldstein: 1.9, Phrase: "visited",
		Description: "A visit, from the visitor to the host (CAMEO 042)."},
	{Name: Hosted, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("043"), Goldstein: 2.8, Phrase: "hosted",
		Description: "Hosting a visit, from the host to the visitor (CAMEO 043)."},
	{Name: Met, Sign: Cooperative, Symmetric: true, Nature: NatureEvent, CAMEO: codes("044"), Goldstein: 2.5, Phrase: "met",
		Description: "A meeting, at a third location or unspecified (CAMEO 044)."},
	{Name: Mediated, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("045"), Goldstein: 5.0, Phrase: "mediated for",
		Description: "Mediation, from the mediator to a party (CAMEO 045)."},
	{Name: Negotiated, Sign: Cooperative, Symmetric: true, Nature: NatureEvent, CAMEO: codes("046"), Goldstein: 7.0, Phrase: "negotiated with",
		Description: "Negotiation (CAMEO 046)."},
	{Name: Recognized, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("054"), Goldstein: 6.0, Phrase: "recognised",
		Description: "Diplomatic recognition (CAMEO 054)."},
	{Name: Agreed, Sign: Cooperative, Symmetric: true, Nature: NatureEvent, CAMEO: codes("057"), Goldstein: 8.0, Phrase: "reached an agreement with",
		Description: "A formal agreement signed or reached (CAMEO 057)."},
	{Name: Cooperated, Sign: Cooperative, Symmetric: true, Nature: NatureEvent, CAMEO: codes("05", "050", "06", "060", "061", "062", "063", "064"), Goldstein: 6.0, Phrase: "cooperated with",
		Description: "Diplomatic, economic, military or judicial cooperation (CAMEO 05, 06)."},
	{Name: Aided, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("07", "070", "071", "072", "073", "074", "075"), Goldstein: 7.0, Phrase: "gave aid to",
		Description: "Economic, military or humanitarian aid, protection or asylum (CAMEO 07)."},
	{Name: Yielded, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("08", "080", "081", "082", "083", "084", "085", "086"), Goldstein: 5.0, Phrase: "yielded to",
		Description: "Yielding: easing sanctions or dissent, acceding to demands, releasing (CAMEO 08)."},
	{Name: DeEscalated, Sign: Cooperative, Nature: NatureEvent, CAMEO: codes("087"), Goldstein: 9.0, Phrase: "de-escalated towards",
		Description: "De-escalation of a military engagement: withdrawal, ceasefire, demobilisation (CAMEO 087)."},
	{Name: Proposed, Sign: Cooperative, Nature: NatureEvent, Phrase: "made a proposal to",
		Description: "A proposal, plan or suggestion put to another actor. No CAMEO code of its own."},

	{Name: Investigated, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("09", "090", "091", "092", "093", "094"), Goldstein: -2.0, Phrase: "investigated",
		Description: "An investigation of crime, abuses or military action (CAMEO 09)."},
	{Name: Demanded, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("10", "100", "101", "102", "103", "104", "105", "106", "107", "108"), Goldstein: -5.0, Phrase: "made demands of",
		Description: "A demand: for withdrawal, ceasefire, reform, talks (CAMEO 10)."},
	{Name: Condemned, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("11", "110", "111", "113", "114"), Goldstein: -2.0, Phrase: "condemned",
		Description: "Criticism, denunciation or official complaint (CAMEO 110, 111, 113, 114)."},
	{Name: Accused, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("112", "115", "116"), Goldstein: -2.0, Phrase: "accused",
		Description: "An accusation, lawsuit or finding of guilt (CAMEO 112, 115, 116)."},
	{Name: Rejected, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("12", "120", "121", "122", "123", "124", "125", "126", "127", "128", "129"), Goldstein: -4.0, Phrase: "rejected",
		Description: "Rejection of a proposal, demand or plan; defiance; veto (CAMEO 12)."},
	{Name: Threatened, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("13", "130", "131", "132", "133", "134", "135", "136", "137", "138", "139"), Goldstein: -6.0, Phrase: "threatened",
		Description: "A threat of sanctions, force or other action; an ultimatum (CAMEO 13)."},
	{Name: Protested, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("14", "140", "141", "142", "143", "144", "145"), Goldstein: -6.5, Phrase: "protested against",
		Description: "Political dissent: demonstrations, strikes, blockades, riots (CAMEO 14)."},
	{Name: Mobilized, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("15", "150", "151", "152", "153", "154"), Goldstein: -7.2, Phrase: "mobilised forces against",
		Description: "A show of force: troop build-ups, raised alert, mobilisation, aimed at the target (CAMEO 15)."},
	{Name: ReducedRelations, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("16", "160", "161", "162", "164", "165", "166"), Goldstein: -4.0, Phrase: "reduced relations with",
		Description: "Reduced or broken relations, halted aid or talks, expulsions (CAMEO 16 except 163)."},
	{Name: Coerced, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("17", "170", "171", "173", "174", "175"), Goldstein: -7.0, Phrase: "coerced",
		Description: "Coercion: seizures, arrests, deportations, repression (CAMEO 17 except 172)."},
	{Name: Assaulted, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("18", "180", "181", "182", "183", "184", "185", "186"), Goldstein: -9.0, Phrase: "assaulted",
		Description: "Unconventional violence: abductions, bombings, assassinations (CAMEO 18)."},
	{Name: Fought, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("19", "190", "191", "193", "194", "195", "196"), Goldstein: -10.0, Phrase: "used force against",
		Description: "Conventional military force, blockade, fighting (CAMEO 19 except 192)."},
	{Name: MassViolence, Sign: Hostile, Nature: NatureEvent, CAMEO: codes("20", "200", "201", "202", "203", "204"), Goldstein: -10.0, Phrase: "committed mass violence against",
		Description: "Unconventional mass violence: mass expulsion, mass killing, ethnic cleansing, weapons of mass destruction (CAMEO 20)."},
	{Name: Ousted, Sign: Hostile, Nature: NatureEvent, Phrase: "ousted",
		Description: "The removal of a leader or government from power: overthrow, impeachment, coup. No CAMEO code."},

	{Name: CandidateFor, Sign: Neutral, Nature: NatureState, Phrase: "is a candidate for",
		Description: "A candidacy for an office, from the candidate to the state or body whose office it is (the office in the note)."},
	{Name: AlliedWith, Sign: Cooperative, Symmetric: true, Nature: NatureState, Phrase: "is allied with",
		Description: "An alliance or lasting partnership."},
	{Name: Opposes, Sign: Hostile, Nature: NatureState, Phrase: "opposes",
		Description: "Lasting political opposition to a person, government or policy."},

	{Name: Leads, Sign: Neutral, Nature: NatureAffiliation, Phrase: "leads",
		Description: "Leadership of a state, government, party or organisation."},
	{Name: Serves, Sign: Neutral, Nature: NatureAffiliation, Phrase: "serves",
		Description: "Office in or service to a state, government or organisation."},
	{Name: MemberOf, Sign: Neutral, Nature: NatureAffiliation, Phrase: "is a member of",
		Description: "Membership of an organisation, party or alliance."},
	{Name: PartOf, Sign: Neutral, Nature: NatureAffiliation, Phrase: "is part of",
		Description: "A part of a larger whole: a ministry of a government, a region of a state."},
}
