#include "builtins/regexp_validator.h"

#include "regexp/regexp.h"
#include "runtime/unicode.h"

namespace yjs {

std::function<std::optional<std::string>(std::u16string_view, std::u16string_view)> regexp_literal_validator() {
    return [](std::u16string_view pattern, std::u16string_view flags) -> std::optional<std::string> {
        auto parsed_flags = regexp::parse_flags(flags);
        if (!parsed_flags) return "Invalid regular expression flags";
        auto error = regexp::validate(pattern, *parsed_flags);
        if (!error) return std::nullopt;
        return "Invalid regular expression: /" + utf16_to_utf8(pattern) + "/" + utf16_to_utf8(flags) + ": " +
               error->message;
    };
}

} // namespace yjs
