package reading

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// The inspect JSON, field by field in the contract's order. Separate from
// Result so that times are rendered in the owner's zone and the shape
// (null vs [], "end" only for windows) is fixed here, once.
type inspectJSON struct {
	Contact         inspectContact  `json:"contact"`
	Intent          string          `json:"intent"`
	ProposedTimes   []inspectTime   `json:"proposed_times"`
	DurationMinutes *int            `json:"duration_minutes"`
	Location        inspectLocation `json:"location"`
	Referrals       []Referral      `json:"referrals"`
}

type inspectContact struct {
	Name         string  `json:"name"`
	Email        string  `json:"email"`
	Organization *string `json:"organization"`
}

type inspectTime struct {
	Start string `json:"start"`
	End   string `json:"end,omitempty"`
}

type inspectLocation struct {
	Kind   string  `json:"kind"`
	Detail *string `json:"detail"`
}

// MarshalInspect writes r as the inspect JSON object: times as RFC 3339
// with the offset of loc (UTC when nil), "end" only for windows,
// proposed_times and referrals as [] when empty. The output ends with a
// newline.
func MarshalInspect(r *Result, loc *time.Location) ([]byte, error) {
	if r == nil {
		return nil, fmt.Errorf("marshal inspect: nil result")
	}
	if loc == nil {
		loc = time.UTC
	}
	out := inspectJSON{
		Contact:         inspectContact{Name: r.Contact.Name, Email: r.Contact.Email, Organization: r.Contact.Organization},
		Intent:          r.Intent,
		ProposedTimes:   []inspectTime{},
		DurationMinutes: r.DurationMinutes,
		Location:        inspectLocation{Kind: r.Location.Kind, Detail: r.Location.Detail},
		Referrals:       []Referral{},
	}
	if out.Location.Kind == "" {
		out.Location.Kind = Unspecified
	}
	for _, iv := range r.ProposedTimes {
		t := inspectTime{Start: iv.Start.In(loc).Format(time.RFC3339)}
		if iv.End != nil {
			t.End = iv.End.In(loc).Format(time.RFC3339)
		}
		out.ProposedTimes = append(out.ProposedTimes, t)
	}
	out.Referrals = append(out.Referrals, r.Referrals...)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // meeting links keep their "&"
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, fmt.Errorf("marshal inspect: %w", err)
	}
	return buf.Bytes(), nil
}
