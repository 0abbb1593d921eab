package reading

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/mail"
)

// inspectOut is the inspect JSON read back, for comparing with the
// expected files.
type inspectOut struct {
	Contact struct {
		Name         string  `json:"name"`
		Email        string  `json:"email"`
		Organization *string `json:"organization"`
	} `json:"contact"`
	Intent        string `json:"intent"`
	ProposedTimes []struct {
		Start string `json:"start"`
		End   string `json:"end"`
	} `json:"proposed_times"`
	DurationMinutes *int `json:"duration_minutes"`
	Location        struct {
		Kind   string  `json:"kind"`
		Detail *string `json:"detail"`
	} `json:"location"`
	Referrals []struct {
		Name  string  `json:"name"`
		Email *string `json:"email"`
	} `json:"referrals"`
	// Sure and Cue are Result.IntentSure and IntentCue, which the JSON
	// leaves out; scored so a batch reports how often the daemon would
	// act on its own and how often it would then be right.
	Sure bool   `json:"-"`
	Cue  string `json:"-"`
}

// Fields scored by TestCorpus, in report order. FLOORS.txt names the same.
var corpusFields = []string{"contact_email", "contact_name", "intent", "times_f1", "duration", "location_kind", "location_detail", "referrals", "organization"}

// TestCorpus reads every testdata/corpus/NAME.eml with mail.Read and Read,
// and compares the inspect JSON with NAME.json (written by hand, see
// testdata/corpus/README.md). It reports accuracy per field and fails when
// a field falls below its floor in testdata/corpus/FLOORS.txt.
func TestCorpus(t *testing.T) {
	scoreCorpus(t, filepath.Join("testdata", "corpus"), "*.eml", 100)
}

// TestHeldout scores the held-out batches in testdata/heldout the same
// way. They were written from the contract before the reader was run on
// them, and their expectations are never edited to match the reader, so
// their accuracy is the honest estimate for unseen mail (ACCURACY.md).
// Each batch has its own floors, set just below what was measured.
func TestHeldout(t *testing.T) {
	for _, batch := range []struct {
		glob string
		min  int
	}{{"h1_*.eml", 40}, {"h2_*.eml", 20}, {"h3_*.eml", 20}, {"h4_*.eml", 20}, {"h5_*.eml", 20}, {"h6_*.eml", 20}, {"h7_*.eml", 40}, {"h8_*.eml", 30}, {"h9_*.eml", 50}, {"h10_*.eml", 40}, {"h11_*.eml", 45}, {"h12_*.eml", 45}, {"h13_*.eml", 45}, {"h14_*.eml", 45}, {"h15_*.eml", 28}, {"h16_*.eml", 22}} {
		t.Run(strings.TrimSuffix(batch.glob, "_*.eml"), func(t *testing.T) {
			scoreCorpus(t, filepath.Join("testdata", "heldout"), batch.glob, batch.min)
		})
	}
}

// scoreCorpus runs inspect over dir/glob, compares each result with its
// .json, and fails when a field's accuracy is below its floor in
// dir/FLOORS.txt (or dir/FLOORS-<batch>.txt for a held-out batch).
func scoreCorpus(t *testing.T, dir, glob string, min int) {
	floorsFile := "FLOORS.txt"
	if p := strings.TrimSuffix(glob, "_*.eml"); p != glob {
		floorsFile = "FLOORS-" + p + ".txt"
	}
	floors, err := readFloors(filepath.Join(dir, floorsFile))
	if err != nil {
		t.Fatal(err)
	}
	emls, err := filepath.Glob(filepath.Join(dir, glob))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(emls)
	if len(emls) < min {
		t.Fatalf("%s/%s has %d messages, want at least %d", dir, glob, len(emls), min)
	}
	right := map[string]int{}
	var tp, fp, fn int
	var sure, sureRight int // threads whose intent is IntentSure, and of those the right ones
	for _, path := range emls {
		name := strings.TrimSuffix(filepath.Base(path), ".eml")
		var want inspectOut
		if err := readJSON(strings.TrimSuffix(path, ".eml")+".json", &want); err != nil {
			t.Fatal(err)
		}
		tz := "America/New_York"
		if b, err := os.ReadFile(strings.TrimSuffix(path, ".eml") + ".tz"); err == nil {
			tz = strings.TrimSpace(string(b))
		}
		loc, err := time.LoadLocation(tz)
		if err != nil {
			t.Fatalf("%s: zone %q: %v", name, tz, err)
		}
		got, err := inspectFile(path, loc)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			fn += len(want.ProposedTimes)
			continue
		}
		score := func(field string, ok bool, g, w any) {
			if ok {
				right[field]++
				return
			}
			t.Logf("%s: %s = %v, want %v", name, field, g, w)
		}
		score("contact_email", got.Contact.Email == want.Contact.Email, got.Contact.Email, want.Contact.Email)
		score("contact_name", got.Contact.Name == want.Contact.Name, got.Contact.Name, want.Contact.Name)
		score("intent", got.Intent == want.Intent, got.Intent, want.Intent)
		if got.Sure {
			sure++
			if got.Intent == want.Intent {
				sureRight++
			} else {
				t.Logf("%s: intent %s is sure and wrong (cue %q)", name, got.Intent, got.Cue)
			}
		} else {
			t.Logf("%s: intent %s is unsure (want %s; cue %q)", name, got.Intent, want.Intent, got.Cue)
		}
		score("duration", eqInt(got.DurationMinutes, want.DurationMinutes), show(got.DurationMinutes), show(want.DurationMinutes))
		score("location_kind", got.Location.Kind == want.Location.Kind, got.Location.Kind, want.Location.Kind)
		score("location_detail", eqStr(got.Location.Detail, want.Location.Detail), show(got.Location.Detail), show(want.Location.Detail))
		score("organization", eqStr(got.Contact.Organization, want.Contact.Organization), show(got.Contact.Organization), show(want.Contact.Organization))
		gr, wr := referralKeys(got), referralKeys(&want)
		score("referrals", gr == wr, gr, wr)

		// Times: an offer counts when start and end are the same instants.
		wantSet := map[string]bool{}
		for _, w := range want.ProposedTimes {
			wantSet[timeKey(w.Start, w.End)] = true
		}
		var gotKeys, wantKeys []string
		for _, g := range got.ProposedTimes {
			k := timeKey(g.Start, g.End)
			gotKeys = append(gotKeys, g.Start+"/"+g.End)
			if wantSet[k] {
				tp++
				delete(wantSet, k)
			} else {
				fp++
			}
		}
		fn += len(wantSet)
		for _, w := range want.ProposedTimes {
			wantKeys = append(wantKeys, w.Start+"/"+w.End)
		}
		if len(wantSet) > 0 || len(gotKeys) != len(wantKeys) {
			t.Logf("%s: times = %v, want %v", name, gotKeys, wantKeys)
		}
	}
	n := float64(len(emls))
	acc := map[string]float64{}
	for _, f := range corpusFields {
		acc[f] = float64(right[f]) / n
	}
	acc["times_f1"] = f1(tp, fp, fn)
	var report strings.Builder
	fmt.Fprintf(&report, "%s/%s: %d messages:\n", dir, glob, len(emls))
	for _, f := range corpusFields {
		fmt.Fprintf(&report, "  %-16s %5.1f%%  (floor %5.1f%%)\n", f, 100*acc[f], 100*floors[f])
	}
	fmt.Fprintf(&report, "  times: %d right, %d extra, %d missed\n", tp, fp, fn)
	fmt.Fprintf(&report, "  intent sure on %d of %d (%.1f%%), right on %d of those (%.1f%%)", sure, len(emls),
		100*float64(sure)/n, sureRight, 100*float64(sureRight)/max(float64(sure), 1))
	t.Log(report.String())
	for _, f := range corpusFields {
		if acc[f] < floors[f] {
			t.Errorf("%s accuracy %.1f%% is below its floor %.1f%%", f, 100*acc[f], 100*floors[f])
		}
	}
}

// inspectFile is what `coffeechat inspect` does with one file.
func inspectFile(path string, loc *time.Location) (*inspectOut, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	th, err := mail.Read(f, mail.Options{Location: loc})
	if err != nil {
		return nil, fmt.Errorf("mail.Read: %w", err)
	}
	r := Read(th, Options{Location: loc})
	b, err := MarshalInspect(r, loc)
	if err != nil {
		return nil, err
	}
	var out inspectOut
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("inspect JSON does not parse: %w\n%s", err, b)
	}
	out.Sure, out.Cue = r.IntentSure, r.IntentCue
	return &out, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readFloors reads "field fraction" lines; # starts a comment.
func readFloors(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	floors := map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		if len(fs) != 2 {
			return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		v, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, sc.Text(), err)
		}
		floors[fs[0]] = v
	}
	for _, f := range corpusFields {
		if _, ok := floors[f]; !ok {
			return nil, fmt.Errorf("%s: no floor for %s", path, f)
		}
	}
	return floors, sc.Err()
}

func timeKey(start, end string) string {
	k := instant(start)
	if end != "" {
		k += "/" + instant(end)
	}
	return k
}

func instant(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return "bad:" + s
	}
	return strconv.FormatInt(t.Unix(), 10)
}

func f1(tp, fp, fn int) float64 {
	if tp+fp+fn == 0 {
		return 1
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

func referralKeys(o *inspectOut) string {
	var ks []string
	for _, r := range o.Referrals {
		k := strings.ToLower(r.Name) + " <"
		if r.Email != nil {
			k += strings.ToLower(*r.Email)
		}
		ks = append(ks, k+">")
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

func eqStr(a, b *string) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
func eqInt(a, b *int) bool    { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func show[T any](p *T) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}
