#pragma once
// The yieldjs command-line tool. Built on the public embedding API only (include/yieldjs).
#include "yieldjs/yieldjs.h"

namespace yieldjs::cli {

// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1; // uncaught exception, syntax error
inline constexpr int kExitUsage = 2; // bad command line, unreadable file
// A module's top-level await never settled (Node's status for it).
inline constexpr int kExitUnsettledTopLevelAwait = 13;
// --timeout ran out (the status of timeout(1)).
inline constexpr int kExitTimeout = 124;

// The interactive read-eval-print loop on stdin; returns the exit status.
int run_repl(Runtime& runtime);

} // namespace yieldjs::cli
