package graph

import (
	"errors"
	"fmt"
)

// Error codes, shared by every layer and mapped to GraphQL extensions.code
// and CLI exit messages at the edges.
const (
	EINVALID     = "BAD_USER_INPUT" // the caller sent something wrong; the message says what and how to fix it
	ENOTFOUND    = "NOT_FOUND"      // the named entity does not exist
	EUNAUTH      = "UNAUTHENTICATED"
	EFORBIDDEN   = "FORBIDDEN"
	EUNAVAILABLE = "UNAVAILABLE" // a dependency (Neo4j, the network) cannot be reached
	EINTERNAL    = "INTERNAL"    // a bug or an unexpected failure; details are logged, not shown
)

// Error is an application error with a machine-readable code and a message
// meant for the user. Errors without a code are internal.
type Error struct {
	Code    string // one of the E* constants
	Message string // what went wrong and, where possible, how to fix it
	Field   string // optional: the argument, file, line or field at fault
	Err     error  // optional wrapped cause (not shown to API users)
}

// Error returns the message, prefixed with the field when there is one.
func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	if e.Err != nil && e.Code == EINTERNAL {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the wrapped cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of the first *Error in err's
// chain, or "internal error" for any other non-nil error.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		if e.Field != "" {
			return e.Field + ": " + e.Message
		}
		return e.Message
	}
	return "internal error"
}

// ErrorMessageOrDetail is for command-line output: the user-facing message of
// a coded error, or the full text of any other error (the CLI user is the
// operator, so internal details help rather than leak).
func ErrorMessageOrDetail(err error) string {
	if ErrorCode(err) == EINTERNAL {
		return err.Error()
	}
	return ErrorMessage(err)
}
