package main

// ExtractCmd is a placeholder until its owner lands the real command.
type ExtractCmd struct{}
