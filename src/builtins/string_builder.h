#pragma once
// Helpers shared by the String, RegExp, JSON, Number and Date built-ins: a string builder that keeps the
// one-byte representation until a code unit above U+00FF is appended, and the spec's string searching
// operations on JSStrings (StringIndexOf and friends) with 8-bit fast paths.
#include "runtime/completion.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

class JSString;
class VM;

class StringBuilder {
public:
    StringBuilder() = default;

    // Each append returns false (appending nothing) when the result would be longer than
    // JSString::kMaxLength; callers then throw with throw_string_length_error().
    [[nodiscard]] bool append(JSString*);
    // Characters [start, end) of `string`.
    [[nodiscard]] bool append_substring(JSString*, std::uint32_t start, std::uint32_t end);
    [[nodiscard]] bool append(char16_t code_unit);
    // A code point as one unit or a surrogate pair.
    [[nodiscard]] bool append_code_point(char32_t code_point);
    [[nodiscard]] bool append_latin1(std::string_view latin1);
    [[nodiscard]] bool append_utf16(std::u16string_view units);
    [[nodiscard]] bool append_ascii(std::string_view ascii) { return append_latin1(ascii); }

    std::size_t length() const { return is_8bit_ ? latin1_.size() : utf16_.size(); }
    bool is_empty() const { return length() == 0; }
    void reserve(std::size_t units);
    JSString* build(VM&) const;

private:
    bool fits(std::size_t extra) const;
    void widen();

    bool is_8bit_ = true;
    std::string latin1_;
    std::u16string utf16_;
};

// RangeError "Invalid string length".
ThrowCompletion throw_string_length_error(VM&);

// StringIndexOf(string, searchValue, fromIndex): the smallest index >= from_index at which
// `search` occurs, or nullopt (~not-found~). An empty `search` is found at from_index when
// from_index <= length.
std::optional<std::uint32_t> StringIndexOf(JSString* string, JSString* search, std::uint32_t from_index);
// The largest index <= from_index at which `search` occurs (String.prototype.lastIndexOf's search).
std::optional<std::uint32_t> StringLastIndexOf(JSString* string, JSString* search, std::uint32_t from_index);
// Whether the units of `search` occur in `string` at `position` (position + search length <= length).
bool string_matches_at(JSString* string, JSString* search, std::uint32_t position);

// The code units of `string` as UTF-16 (a copy for 8-bit strings).
std::u16string to_utf16(JSString*);

} // namespace yjs
