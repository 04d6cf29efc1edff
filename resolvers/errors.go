package resolvers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/entente-dev/entente/graph"
)

// presentError maps errors to GraphQL errors at the edge: a coded
// graph.Error shows its message and code as extensions.code; anything else
// is logged and shown as "internal error" so no internals leak.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var ge *graph.Error
		if errors.As(err, &ge) && ge.Code != graph.EINTERNAL {
			gerr.Message = graph.ErrorMessage(ge)
			gerr.Extensions = map[string]any{"code": ge.Code}
			if ge.Field != "" {
				gerr.Extensions["field"] = ge.Field
			}
			return gerr
		}
		var qe *gqlerror.Error
		if errors.As(err, &qe) && qe.Err == nil {
			// Parse and validation errors from gqlgen itself are the
			// caller's: keep their message and code.
			return gerr
		}
		log.ErrorContext(ctx, "graphql resolver failed", "path", gerr.Path.String(), "err", err)
		gerr.Message = "internal error"
		gerr.Extensions = map[string]any{"code": graph.EINTERNAL}
		return gerr
	}
}

// recoverPanic turns a resolver panic into a logged internal error.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql resolver panicked", "panic", p)
		return fmt.Errorf("panic: %v", p)
	}
}
