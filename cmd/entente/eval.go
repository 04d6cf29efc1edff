package main

// EvalCmd is a placeholder until its owner lands the real command.
type EvalCmd struct{}
