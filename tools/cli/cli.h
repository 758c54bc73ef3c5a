#pragma once
// The yieldjs command-line tool. Built on the public embedding API only (include/yieldjs).
#include "yieldjs/yieldjs.h"

namespace yieldjs::cli {

// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1; // uncaught exception, syntax error
inline constexpr int kExitUsage = 2; // bad command line, unreadable file

// The interactive read-eval-print loop on stdin; returns the exit status.
int run_repl(Runtime& runtime);

} // namespace yieldjs::cli
