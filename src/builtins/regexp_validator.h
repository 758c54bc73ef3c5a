#pragma once
// The early-error check for regular expression literals (13.2.7.2): the ParseOptions::validate_regexp
// callback every place that parses source text installs (scripts, modules, eval, the Function
// constructor). Kept free of parser and object-model headers so that either side can include it.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

// Returns nullopt for a valid pattern, otherwise the SyntaxError message
// ("Invalid regular expression: /(/: Unterminated group").
std::function<std::optional<std::string>(std::u16string_view pattern, std::u16string_view flags)>
regexp_literal_validator();

} // namespace yjs
