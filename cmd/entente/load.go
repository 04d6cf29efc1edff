package main

// LoadCmd is a placeholder until its owner lands the real command.
type LoadCmd struct{}
