//go:build !unix

package notebook

import "os/exec"

// killGroup leaves cmd as it is: a canceled context kills the process only.
func killGroup(*exec.Cmd) {}
