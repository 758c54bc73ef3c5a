#pragma once
// Node-compatible value formatting: util.inspect (what console.log prints for objects) and util.format
// (console.log's handling of its argument list and %-placeholders), reproducing Node 20's output with
// colors off.
#include "runtime/completion.h"
#include "runtime/value.h"

#include <climits>
#include <span>
#include <string>

namespace yjs {

class VM;

struct InspectOptions {
    static constexpr int kUnlimitedDepth = INT_MAX;
    int depth = 2;              // nesting levels shown before [Object] / [Array]
    bool show_hidden = false;   // also non-enumerable own properties (shown as [key]) and array [length]
    int break_length = 80;      // an entry list that fits in this width stays on one line
    int compact = 3;            // inner levels that may still be combined on one line; 0: one entry per line
    int max_array_length = 100; // elements of arrays, sets and maps shown before "... n more items"
    int max_string_length = 10000; // characters of a string shown before "... n more characters"
    bool show_proxy = false;       // proxies as Proxy [ target, handler ] (else as their target, no traps run)
};

// util.inspect(value, options).
ThrowCompletionOr<std::u16string> inspect(VM&, Value, const InspectOptions& = {});

// util.format(...arguments): a first string argument may hold %s %d %i %f %j %o %O %c %% placeholders;
// remaining arguments are appended, separated by spaces (strings raw, other values inspected).
ThrowCompletionOr<std::u16string> format_arguments(VM&, std::span<const Value> arguments);

} // namespace yjs
