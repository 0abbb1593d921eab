package mailbox

import (
	"context"
	"errors"
)

// Placeholders replaced by the real implementation.
func (w *Watcher) run(ctx context.Context) error  { return errors.New("not implemented") }
func (w *Watcher) once(ctx context.Context) error { return errors.New("not implemented") }
func appendMessage(ctx context.Context, cfg Config, folder string, raw []byte, flags []string) error {
	return errors.New("not implemented")
}
