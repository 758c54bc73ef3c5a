#pragma once
// console.table's rendering (host/console_table.cpp).
#include "runtime/completion.h"
#include "runtime/value.h"

#include <optional>
#include <string>

namespace yjs {

class VM;

// The table console.table(data, properties) prints, or nullopt when `data` is not an object (console.table
// then logs it like console.log). `properties` is undefined or an array of column keys.
ThrowCompletionOr<std::optional<std::u16string>> format_table(VM&, Value data, Value properties);

} // namespace yjs
