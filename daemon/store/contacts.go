package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Contact statuses.
const (
	AwaitingReply   = "awaiting_reply"
	Replied         = "replied"
	Scheduled       = "scheduled"
	Met             = "met"
	ContactDeclined = "declined"
	Deferred        = "deferred"
	Referred        = "referred"
	ToContact       = "to_contact" // a referral the owner has not written to yet
	// AwaitingOwner: they replied, coffeechat could not tell for sure what
	// they meant, and asked the owner; nothing happens until the owner's
	// one-word answer.
	AwaitingOwner = "awaiting_you"
)

// Contact is a person the owner reached out to or was referred to.
type Contact struct {
	ID                 int64
	Email              string
	Name               string
	Organization       string
	Role               string // title from their signature; may be ""
	Status             string
	ReferredBy         int64 // 0: none
	MayMentionReferrer bool
	OutreachAt         time.Time
	RepliedAt          time.Time
	DueAt              time.Time
	LastMessageID      string
	ThreadRefs         []string
	Subject            string
	LastWords          string // what they last wrote, shortened
	// ZoneOffset is the contact's UTC offset in seconds, from the Date of
	// their latest message; valid when HasZone.
	ZoneOffset int
	HasZone    bool
	// ZoneName is the contact's IANA zone when known ("" otherwise): named
	// in their own words and agreeing with ZoneOffset on that date.
	ZoneName  string
	CreatedAt time.Time
	UpdatedAt time.Time

	// saved is what the row holds (contactValues) as last read or
	// written: SaveContact writes only the columns that differ.
	saved *[len(contactSetCols)]any
}

// contactSetCols are the columns SaveContact writes, in contactValues'
// order.
var contactSetCols = [...]string{"email", "name", "organization", "status", "referred_by", "may_mention_referrer",
	"outreach_at", "replied_at", "due_at", "last_message_id", "thread_refs", "subject", "last_words", "zone_offset", "role", "zone_name"}

// contactValues are c's values of contactSetCols as stored: all of
// comparable types (string, int64, int, bool or nil).
func contactValues(c *Contact) *[len(contactSetCols)]any {
	var org any
	if c.Organization != "" {
		org = c.Organization
	}
	var ref any
	if c.ReferredBy != 0 {
		ref = c.ReferredBy
	}
	var zone any
	if c.HasZone {
		zone = c.ZoneOffset
	}
	var zoneName any
	if c.ZoneName != "" {
		zoneName = c.ZoneName
	}
	return &[len(contactSetCols)]any{c.Email, c.Name, org, c.Status, ref, c.MayMentionReferrer, nullUnix(c.OutreachAt),
		nullUnix(c.RepliedAt), nullUnix(c.DueAt), c.LastMessageID, strings.Join(c.ThreadRefs, " "), c.Subject, c.LastWords, zone, c.Role, zoneName}
}

const contactCols = `id, email, name, organization, status, referred_by, may_mention_referrer,
	outreach_at, replied_at, due_at, last_message_id, thread_refs, subject, last_words, zone_offset, role, zone_name, created_at, updated_at`

func scanContact(row interface{ Scan(...any) error }) (*Contact, error) {
	var c Contact
	var org, lastID sql.NullString
	var ref sql.NullInt64
	var outreach, replied, due sql.NullInt64
	var refs string
	var zone sql.NullInt64
	var zoneName sql.NullString
	var created, updated int64
	err := row.Scan(&c.ID, &c.Email, &c.Name, &org, &c.Status, &ref, &c.MayMentionReferrer,
		&outreach, &replied, &due, &lastID, &refs, &c.Subject, &c.LastWords, &zone, &c.Role, &zoneName, &created, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	c.Organization = org.String
	c.ReferredBy = ref.Int64
	c.OutreachAt, c.RepliedAt, c.DueAt = fromUnix(outreach), fromUnix(replied), fromUnix(due)
	c.LastMessageID = lastID.String
	c.ZoneOffset, c.HasZone = int(zone.Int64), zone.Valid
	c.ZoneName = zoneName.String
	c.ThreadRefs = strings.Fields(refs)
	c.CreatedAt, c.UpdatedAt = time.Unix(created, 0).UTC(), time.Unix(updated, 0).UTC()
	c.saved = contactValues(&c)
	return &c, nil
}

// ContactByEmail returns the contact with that address (case-insensitive).
func (tx *Tx) ContactByEmail(ctx context.Context, email string) (*Contact, error) {
	c, err := scanContact(tx.tx.QueryRowContext(ctx, `SELECT `+contactCols+` FROM contacts WHERE email = ?`, email))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("contact %s: %w", email, err)
	}
	return c, err
}

// Contact returns the contact with that id.
func (tx *Tx) Contact(ctx context.Context, id int64) (*Contact, error) {
	c, err := scanContact(tx.tx.QueryRowContext(ctx, `SELECT `+contactCols+` FROM contacts WHERE id = ?`, id))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("contact %d: %w", id, err)
	}
	return c, err
}

// ContactsByID returns the contacts with these ids, by id; ids that match
// none are absent. One query for a listing's thousands of rows (the
// weekly summary names every referral's referrer) rather than a Contact
// each; the ids go as one JSON array so the query text stays the same.
func (tx *Tx) ContactsByID(ctx context.Context, ids []int64) (map[int64]*Contact, error) {
	out := make(map[int64]*Contact, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("contacts by id: %w", err)
	}
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+contactCols+` FROM contacts WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("contacts by id: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, fmt.Errorf("contacts by id: %w", err)
		}
		out[c.ID] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("contacts by id: %w", err)
	}
	return out, nil
}

// SaveContact inserts c (ID 0) or updates it, and sets c.ID.
func (tx *Tx) SaveContact(ctx context.Context, c *Contact) error {
	vals := contactValues(c)
	if c.ID == 0 {
		c.CreatedAt, c.UpdatedAt = tx.Now, tx.Now
		res, err := tx.tx.ExecContext(ctx, `INSERT INTO contacts(email, name, organization, status, referred_by,
			may_mention_referrer, outreach_at, replied_at, due_at, last_message_id, thread_refs, subject, last_words, zone_offset, role, zone_name, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(vals[:], unix(tx.Now), unix(tx.Now))...)
		if err != nil {
			return fmt.Errorf("insert contact %s: %w", c.Email, err)
		}
		if c.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		c.saved = vals
		return nil
	}
	// Only the columns that changed since the row was read or written:
	// each index on an assigned column is rewritten, changed or not (a
	// new contact's second save, its status, touched all four).
	var set strings.Builder
	var args []any
	for i, v := range vals {
		if c.saved != nil && c.saved[i] == v {
			continue
		}
		set.WriteString(contactSetCols[i])
		set.WriteString("=?, ")
		args = append(args, v)
	}
	if c.saved != nil && len(args) == 0 {
		return nil // nothing changed
	}
	set.WriteString("updated_at=?")
	_, err := tx.tx.ExecContext(ctx, `UPDATE contacts SET `+set.String()+` WHERE id=?`, append(args, unix(tx.Now), c.ID)...)
	if err != nil {
		return fmt.Errorf("update contact %d: %w", c.ID, err)
	}
	c.UpdatedAt, c.saved = tx.Now, vals
	return nil
}

// Contacts returns every contact with one of the statuses (all when none
// given), by name.
// ContactsLimited lists the first limit contacts of one status in
// Contacts' order, and how many there are in all. With since set, only
// those whose column at (outreach_at or due_at) is set and not after it:
// the weekly summary's "no reply for a week" and "time to write again".
// The summary names a few people per list; reading thousands of rows to
// show fifteen was most of its time.
func (tx *Tx) ContactsLimited(ctx context.Context, status, at string, since time.Time, limit int) ([]*Contact, int, error) {
	where := ` WHERE status = ?`
	args := []any{status}
	switch at {
	case "":
	case "outreach_at", "due_at":
		where += ` AND ` + at + ` IS NOT NULL AND ` + at + ` <= ?`
		args = append(args, unix(since))
	default:
		return nil, 0, fmt.Errorf("list contacts: unknown column %q", at)
	}
	var total int
	if err := tx.tx.QueryRowContext(ctx, `SELECT count(*) FROM contacts`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count contacts: %w", err)
	}
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+contactCols+` FROM contacts`+where+` ORDER BY name COLLATE NOCASE, email LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list contacts: %w", err)
	}
	defer rows.Close()
	var out []*Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("list contacts: %w", err)
		}
		out = append(out, c)
	}
	return out, total, rows.Err()
}

func (tx *Tx) Contacts(ctx context.Context, statuses ...string) ([]*Contact, error) {
	q := `SELECT ` + contactCols + ` FROM contacts`
	var args []any
	if len(statuses) > 0 {
		q += ` WHERE status IN (?` + strings.Repeat(",?", len(statuses)-1) + `)`
		for _, s := range statuses {
			args = append(args, s)
		}
	}
	q += ` ORDER BY name COLLATE NOCASE, email`
	rows, err := tx.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list contacts: %w", err)
	}
	defer rows.Close()
	var out []*Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, fmt.Errorf("list contacts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
