package main

// analysisCmds returns the subcommands built on graph/analysis.
func analysisCmds() []*command { return nil }
