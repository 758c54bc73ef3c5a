#pragma once
// The `console` object (Node's API subset): log/info/debug write to stdout, warn/error/trace to stderr;
// also assert, dir, table, count/countReset, group/groupCollapsed/groupEnd and
// time/timeLog/timeEnd. Arguments
// are formatted like Node's util.format (see host/inspect.h).
#include <chrono>
#include <string>
#include <unordered_map>

namespace yjs {

class Realm;
class VM;

// Console state shared by every realm of one runtime.
struct ConsoleState {
    std::string group_indentation; // two spaces per open console.group
    std::unordered_map<std::string, unsigned long long> counts;
    std::unordered_map<std::string, std::chrono::steady_clock::time_point> timers;
};

// Defines `console` on the realm's global object (writable, configurable, not enumerable).
void install_console(VM&, Realm&);

} // namespace yjs
