package compose

import (
	"context"
	"errors"
)

// Placeholders replaced by the real implementation.
func build(m Message) ([]byte, error)           { return nil, errors.New("not implemented") }
func newSender(cfg SMTPConfig) (*Sender, error) { return &Sender{cfg: cfg}, nil }
func (s *Sender) send(ctx context.Context, from string, rcpts []string, raw []byte) error {
	return errors.New("not implemented")
}
func (s *Sender) close() error { return nil }
