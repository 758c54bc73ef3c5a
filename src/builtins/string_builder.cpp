#include "builtins/string_builder.h"

#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>

namespace yjs {

bool StringBuilder::fits(std::size_t extra) const { return length() + extra <= JSString::kMaxLength; }

void StringBuilder::widen() {
    utf16_.reserve(latin1_.size() * 2 + 16);
    for (unsigned char c : latin1_) utf16_.push_back(c);
    latin1_.clear();
    latin1_.shrink_to_fit();
    is_8bit_ = false;
}

void StringBuilder::reserve(std::size_t units) {
    units = std::min<std::size_t>(units, JSString::kMaxLength);
    if (is_8bit_) latin1_.reserve(units);
    else utf16_.reserve(units);
}

bool StringBuilder::append(JSString* string) { return append_substring(string, 0, string->length()); }

bool StringBuilder::append_substring(JSString* string, std::uint32_t start, std::uint32_t end) {
    if (start >= end) return true;
    if (string->is_8bit()) return append_latin1(string->latin1_view().substr(start, end - start));
    return append_utf16(string->utf16_view().substr(start, end - start));
}

bool StringBuilder::append(char16_t code_unit) {
    if (!fits(1)) return false;
    if (is_8bit_ && code_unit > 0xFF) widen();
    if (is_8bit_) latin1_.push_back(static_cast<char>(code_unit));
    else utf16_.push_back(code_unit);
    return true;
}

bool StringBuilder::append_code_point(char32_t code_point) {
    if (code_point < 0x10000) return append(static_cast<char16_t>(code_point));
    if (!fits(2)) return false;
    if (is_8bit_) widen();
    code_point -= 0x10000;
    utf16_.push_back(static_cast<char16_t>(0xD800 + (code_point >> 10)));
    utf16_.push_back(static_cast<char16_t>(0xDC00 + (code_point & 0x3FF)));
    return true;
}

bool StringBuilder::append_latin1(std::string_view latin1) {
    if (!fits(latin1.size())) return false;
    if (is_8bit_) latin1_.append(latin1);
    else
        for (unsigned char c : latin1) utf16_.push_back(c);
    return true;
}

bool StringBuilder::append_utf16(std::u16string_view units) {
    if (!fits(units.size())) return false;
    if (is_8bit_) {
        bool narrow = std::all_of(units.begin(), units.end(), [](char16_t c) { return c <= 0xFF; });
        if (narrow) {
            for (char16_t c : units) latin1_.push_back(static_cast<char>(c));
            return true;
        }
        widen();
    }
    utf16_.append(units);
    return true;
}

JSString* StringBuilder::build(VM& vm) const {
    if (is_8bit_) return JSString::create_latin1(vm, latin1_);
    return JSString::create(vm, utf16_);
}

ThrowCompletion throw_string_length_error(VM& vm) { return vm.throw_range_error("Invalid string length"); }

namespace {

template <typename H, typename N>
std::optional<std::uint32_t> index_of(std::basic_string_view<H> haystack, std::basic_string_view<N> needle,
                                      std::uint32_t from) {
    std::size_t n = needle.size();
    if (from > haystack.size() || n > haystack.size() - from) return std::nullopt;
    if (n == 0) return from;
    auto first = static_cast<char16_t>(static_cast<std::make_unsigned_t<N>>(needle[0]));
    for (std::size_t i = from, last = haystack.size() - n; i <= last; ++i) {
        if (static_cast<char16_t>(static_cast<std::make_unsigned_t<H>>(haystack[i])) != first) continue;
        std::size_t k = 1;
        while (k < n && static_cast<char16_t>(static_cast<std::make_unsigned_t<H>>(haystack[i + k])) ==
                            static_cast<char16_t>(static_cast<std::make_unsigned_t<N>>(needle[k])))
            ++k;
        if (k == n) return static_cast<std::uint32_t>(i);
    }
    return std::nullopt;
}

template <typename H, typename N>
std::optional<std::uint32_t> last_index_of(std::basic_string_view<H> haystack, std::basic_string_view<N> needle,
                                           std::uint32_t from) {
    std::size_t n = needle.size();
    if (n > haystack.size()) return std::nullopt;
    std::size_t start = std::min<std::size_t>(from, haystack.size() - n);
    for (std::size_t i = start + 1; i-- > 0;) {
        std::size_t k = 0;
        while (k < n && static_cast<char16_t>(static_cast<std::make_unsigned_t<H>>(haystack[i + k])) ==
                            static_cast<char16_t>(static_cast<std::make_unsigned_t<N>>(needle[k])))
            ++k;
        if (k == n) return static_cast<std::uint32_t>(i);
    }
    return std::nullopt;
}

// Calls `f(haystack_view, needle_view)` with the flat representations of both strings.
template <typename F> auto with_views(JSString* a, JSString* b, F&& f) {
    if (a->is_8bit()) {
        if (b->is_8bit()) return f(a->latin1_view(), b->latin1_view());
        return f(a->latin1_view(), b->utf16_view());
    }
    if (b->is_8bit()) return f(a->utf16_view(), b->latin1_view());
    return f(a->utf16_view(), b->utf16_view());
}

} // namespace

std::optional<std::uint32_t> StringIndexOf(JSString* string, JSString* search, std::uint32_t from_index) {
    return with_views(string, search, [&](auto h, auto n) { return index_of(h, n, from_index); });
}

std::optional<std::uint32_t> StringLastIndexOf(JSString* string, JSString* search, std::uint32_t from_index) {
    return with_views(string, search, [&](auto h, auto n) { return last_index_of(h, n, from_index); });
}

bool string_matches_at(JSString* string, JSString* search, std::uint32_t position) {
    std::uint32_t n = search->length();
    if (position > string->length() || n > string->length() - position) return false;
    for (std::uint32_t k = 0; k < n; ++k)
        if (string->at(position + k) != search->at(k)) return false;
    return true;
}

std::u16string to_utf16(JSString* string) {
    if (!string->is_8bit()) return std::u16string(string->utf16_view());
    std::u16string units;
    units.reserve(string->length());
    for (unsigned char c : string->latin1_view()) units.push_back(c);
    return units;
}

} // namespace yjs
