package main

// ServeCmd is a placeholder until its owner lands the real command.
type ServeCmd struct{}
