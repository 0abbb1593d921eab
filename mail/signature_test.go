package mail

import "testing"

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, author, text, sig string
	}{
		{"sign-off block with organisation",
			"Tuesday at 2 works.\n\nBest,\nDana Whitfield\nDirector, Northwind Health\n+1 617 555 0142",
			"Dana Whitfield", "Tuesday at 2 works.", "Best,\nDana Whitfield\nDirector, Northwind Health\n+1 617 555 0142"},
		{"dash delimiter",
			"See you then.\n\n-- \nOmar Haddad, MD\nHarborview Clinics",
			"Omar Haddad", "See you then.", "--\nOmar Haddad, MD\nHarborview Clinics"},
		{"sign-off above the delimiter wins",
			"Sure.\n\nBest,\nDana\n\n-- \nDana Whitfield | Northwind",
			"Dana Whitfield", "Sure.", "Best,\nDana\n\n--\nDana Whitfield | Northwind"},
		{"sign-off with the name on the same line",
			"Works for me.\n\nThanks, Grace\nSenior Counsel, Tidewater Energy",
			"", "Works for me.", "Thanks, Grace\nSenior Counsel, Tidewater Energy"},
		{"name line without a sign-off",
			"Friday at 10 is good.\n\n— Elena\nStaff Engineer, Quarry Labs",
			"Elena Petrova", "Friday at 10 is good.", "— Elena\nStaff Engineer, Quarry Labs"},
		{"a corporate Last, First display name signs First Last",
			"I have 30 minutes on Thursday.\n\nChidi\n\nChidi Okafor\nSolutions Architect\nHalden Cloud Services",
			"Okafor, Chidi", "I have 30 minutes on Thursday.\n\nChidi", "Chidi Okafor\nSolutions Architect\nHalden Cloud Services"},
		{"mobile footers dropped",
			"Tuesday at 2 works great!\n\nSent from my iPhone",
			"", "Tuesday at 2 works great!", ""},
		{"get outlook footer dropped",
			"Great, talk then.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>",
			"", "Great, talk then.", ""},
		{"disclaimer dropped",
			"Thursday at 3:30.\n\nMarcus\n\nCONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the intended recipient.",
			"Marcus Bell", "Thursday at 3:30.", "Marcus"},
		{"sign-off in the middle of a long text is not a signature",
			"Thanks!\n\nI wanted to ask about your move from engineering to product; what surprised you most, and what would you do differently if you started again today in this market?\nAnd a second question.",
			"", "Thanks!\n\nI wanted to ask about your move from engineering to product; what surprised you most, and what would you do differently if you started again today in this market?\nAnd a second question.", ""},
		{"sign-off with \"with\" before it",
			"Kindly write to my assistant.\n\nWith best regards,\n\nEleanor Vance, PhD\nProfessor of Economics\nHartwell University",
			"Prof. Eleanor Vance", "Kindly write to my assistant.", "With best regards,\n\nEleanor Vance, PhD\nProfessor of Economics\nHartwell University"},
		{"a message that is only a sign-off keeps it",
			"Thanks!", "", "Thanks!", ""},
		{"a P.S. below the signature is text",
			"Let me know.\n\nThanks,\nDana\nNorthwind Health\n\nP.S. Tuesday at 2pm also works",
			"Dana Whitfield", "Let me know.\n\nP.S. Tuesday at 2pm also works", "Thanks,\nDana\nNorthwind Health"},
		{"a delimited signature under a P.S. stays signature",
			"Happy to talk.\n\nDale\n\nP.S. Friday Dec 4, 11:30 Central.\n\n-- \nDale Hutchins\nRegional Sales Director\nLone Star SaaS",
			"Dale Hutchins", "Happy to talk.\n\nP.S. Friday Dec 4, 11:30 Central.", "Dale\n\n--\nDale Hutchins\nRegional Sales Director\nLone Star SaaS"},
		{"closing words in another order",
			"I regret that I must decline.\n\nYours sincerely,\n\nIngrid Bauer\nProfessor of Materials Science\nEastmere University",
			"Prof. Ingrid Bauer", "I regret that I must decline.", "Yours sincerely,\n\nIngrid Bauer\nProfessor of Materials Science\nEastmere University"},
		{"thanks and regards",
			"Kindly revert.\n\nThanks and regards,\nVenkatesh\nSuryasoft", "", "Kindly revert.", "Thanks and regards,\nVenkatesh\nSuryasoft"},
		{"a name line after titles in the display name",
			"Would Tuesday work?\n\nKlaus Hartmann\nTechnische Universität Rheinfeld",
			"Prof. Dr. Klaus Hartmann", "Would Tuesday work?", "Klaus Hartmann\nTechnische Universität Rheinfeld"},
		{"a name line with a title before it",
			"I am on annual leave until 30 November.\n\nDr Thandiwe Khumalo\nConsultant Paediatrician\nGroote Schuur Hospital",
			"Thandiwe Khumalo", "I am on annual leave until 30 November.", "Dr Thandiwe Khumalo\nConsultant Paediatrician\nGroote Schuur Hospital"},
		{"a name line with letters after it",
			"Thursday at 4 works.\n\nRuth Adeyemi, RN\nCharge Nurse, St. Anne's",
			"Ruth Adeyemi", "Thursday at 4 works.", "Ruth Adeyemi, RN\nCharge Nurse, St. Anne's"},
		{"closing words alone are not enough without a closing head",
			"See you soon.\n\nAll the very best to you\nand your team", "", "See you soon.\n\nAll the very best to you\nand your team", ""},
		{"thanks inside a sentence is text",
			"Thanks for reaching out, Tuesday is fine.", "", "Thanks for reaching out, Tuesday is fine.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, sig := cleanText(tt.in, tt.author)
			if text != tt.text || sig != tt.sig {
				t.Errorf("cleanText(%q) =\ntext %q\nsig  %q\nwant\ntext %q\nsig  %q", tt.in, text, sig, tt.text, tt.sig)
			}
		})
	}
}

func TestParseAddressList(t *testing.T) {
	tests := []struct {
		in   string
		want []Address
	}{
		{`"Whitfield, Dana" <Dana@Northwind.Example>`, []Address{{"Whitfield, Dana", "dana@northwind.example"}}},
		{`=?UTF-8?Q?Zo=C3=AB_Ch=C3=A1vez?= <zoe@l.example>, sam@l.example`, []Address{{"Zoë Chávez", "zoe@l.example"}, {"", "sam@l.example"}}},
		{`John Doe [mailto:john@acme.example]`, []Address{{"John Doe", "john@acme.example"}}},
		{`bessie@acme.example <bessie@acme.example>; suzanne@globex.example <suzanne@globex.example>`,
			[]Address{{"", "bessie@acme.example"}, {"", "suzanne@globex.example"}}},
		{`Dr. Omar Haddad <omar@h.example>`, []Address{{"Dr. Omar Haddad", "omar@h.example"}}},
		{`Alex Rivera`, []Address{{"Alex Rivera", ""}}},
		{`=?x-unknown?Q?abc?= <a@b.example>`, []Address{{"=?x-unknown?Q?abc?=", "a@b.example"}}},
		{``, nil},
	}
	for _, tt := range tests {
		got := parseAddressList(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("parseAddressList(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("parseAddressList(%q)[%d] = %+v, want %+v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}
