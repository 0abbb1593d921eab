package mail

import (
	"errors"
	"io"
)

// readThread is a placeholder replaced by the real reader.
func readThread(r io.Reader, opts Options) (*Thread, error) {
	return nil, errors.New("mail.Read: not implemented")
}
