#ifndef VOORDEUR_CPRCTL_SHIM_H
#define VOORDEUR_CPRCTL_SHIM_H
/* prctl(2) is variadic, which Swift cannot call: one fixed-argument wrapper for the one option Voordeur uses. */
#include <sys/prctl.h>

/* Marks the process non-dumpable: no core file, no ptrace attach by the same user, /proc/PID owned by root. */
static inline int vd_disable_dumping(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }
#endif
