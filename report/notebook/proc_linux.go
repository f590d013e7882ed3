package notebook

import "syscall"

// setDeathSignal has the child killed when the engine's process dies.
func setDeathSignal(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
