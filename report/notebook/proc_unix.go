//go:build unix

package notebook

import (
	"os/exec"
	"syscall"
)

// killGroup puts cmd in a process group of its own and makes a canceled
// context kill the whole group: the go command's compilers, the notebook
// program and whatever it started. On Linux the child is also killed if
// the engine itself dies.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	setDeathSignal(cmd.SysProcAttr)
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
